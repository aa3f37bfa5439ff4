import { ProviderError } from "./provider-error";

/** Strict mode: a provider's key is missing and simulation is off. Names the variable, never a value. */
export class MissingCredentialError extends ProviderError {
  override readonly name: string = "MissingCredentialError";
  readonly envVar: string;

  constructor(providerId: string, envVar: string) {
    super({
      errorClass: "not_configured",
      providerId,
      message: `${providerId} not_configured: ${envVar} is not set and simulation is turned off`,
    });
    this.envVar = envVar;
  }
}

/** A model names a provider the registry does not define. */
export class UnknownProviderError extends ProviderError {
  override readonly name: string = "UnknownProviderError";

  constructor(providerId: string) {
    super({ errorClass: "not_configured", providerId, message: `${providerId} not_configured: no such provider is registered` });
  }
}
