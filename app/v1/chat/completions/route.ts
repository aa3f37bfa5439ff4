import { chatCompletionsEndpoint } from "@/lib/server/api/chat-completions-endpoint";
import { withApi } from "@/lib/server/http/with-api";

export const dynamic = "force-dynamic";

export const POST = withApi(chatCompletionsEndpoint);
