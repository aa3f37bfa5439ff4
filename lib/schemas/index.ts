// One zod schema per resource, shared by the API route handlers, the OpenAPI document and the
// console's forms.
export * from "./common";
export * from "./route";
export * from "./classify";
export * from "./models";
export * from "./providers";
export * from "./feedback";
export * from "./metrics";
export * from "./budget";
export * from "./performance";
export * from "./requests";
export * from "./circuits";
export * from "./chat-completions";
export * from "./learned";
