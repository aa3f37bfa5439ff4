/** A request named a policy the router was not configured with (the HTTP layer maps it to 422). */
export class UnknownPolicyError extends Error {
  override readonly name = "UnknownPolicyError";
  readonly code = "unknown_policy";
  readonly policy: string;
  readonly available: readonly string[];

  constructor(details: { policy: string; available: readonly string[] }) {
    super(`Policy "${details.policy}" is not configured (available: ${details.available.join(", ")})`);
    this.policy = details.policy;
    this.available = details.available;
  }
}
