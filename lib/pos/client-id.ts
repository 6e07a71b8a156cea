// The one newClientId is lib/client-id.ts; kept so the counter's imports stay as they are.
export { newClientId } from "@/lib/client-id";
