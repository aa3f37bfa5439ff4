// Below these, a model trained on the app's own ratings would learn noise: retraining refuses and
// says how many more rated prompts (or models) it needs.
export const MINIMUM_RATED_PROMPTS = 30;
export const MINIMUM_RATED_MODELS = 2;
