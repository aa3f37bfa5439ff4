import type { ChatMessage } from "@/lib/router/providers/adapter";
import type { ChatCompletionsBody } from "@/lib/schemas/chat-completions";
import { AppError } from "@/lib/errors";

// An OpenAI conversation as the router's messages: text content (string or text parts) kept as
// is, `developer` read as `system`. The last user message is what is classified and logged.

type BodyMessage = ChatCompletionsBody["messages"][number];

function textOf(message: BodyMessage): string {
  if (message.content === null) return "";
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => part.text).join("");
}

export interface Conversation {
  messages: ChatMessage[];
  prompt: string;
  systemPrompt: string | null;
}

export function conversationOf(body: ChatCompletionsBody): Conversation {
  const messages: ChatMessage[] = body.messages.map((message, index) => {
    if (message.role === "tool") {
      throw new AppError("validation_error", "Tool messages are not supported: the router does not call tools", `messages.${index}.role`);
    }
    return { role: message.role === "developer" ? "system" : message.role, content: textOf(message) };
  });
  const lastUser = [...messages].reverse().find((message) => message.role === "user");
  if (!lastUser || lastUser.content.trim() === "") {
    throw new AppError("validation_error", "messages must contain a user message with text", "messages");
  }
  const system = messages.filter((message) => message.role === "system").map((message) => message.content);
  return { messages, prompt: lastUser.content, systemPrompt: system.length > 0 ? system.join("\n\n") : null };
}
