import { z } from "zod";

// POST /v1/feedback: rate a routed request. Rating it again replaces the earlier rating.

export const feedbackBodySchema = z
  .object({
    request_id: z.string().min(1).max(100),
    quality_score: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
    success: z.boolean(),
    comment: z.string().max(2_000).optional(),
  })
  .strict()
  .meta({ id: "FeedbackRequest" });
export type FeedbackBody = z.infer<typeof feedbackBodySchema>;

export const feedbackResponseSchema = z
  .object({
    request_id: z.string(),
    status: z.literal("recorded"),
    replaced: z.boolean().describe("true when an earlier rating of this request was replaced."),
  })
  .meta({ id: "FeedbackResponse" });
export type FeedbackResponse = z.infer<typeof feedbackResponseSchema>;
