import { Field, fieldIds } from "@/components/ui/field";
import { buttonClass, INPUT_CLASS } from "@/components/ui/styles";
import { FORM_ERROR_KEY, type FieldErrors } from "@/lib/client/form-errors";
import type { PlaygroundFormValues } from "@/lib/client/playground-form";
import type { RunMode } from "@/lib/client/playground-run";
import type { RoutingSettings } from "@/lib/schemas/performance";
import { ConstraintControls } from "./constraint-controls";

interface Props {
  values: PlaygroundFormValues;
  errors: FieldErrors;
  providers: readonly string[];
  defaults: RoutingSettings | undefined;
  busy: boolean;
  onChange: (patch: Partial<PlaygroundFormValues>) => void;
  onSubmit: (mode: RunMode) => void;
  onCancel: () => void;
}

const FORM_ID = "playground";

/** Prompt, system prompt and constraints; Ctrl/Cmd+Enter executes, Escape stops a running answer. */
export function PromptForm({ values, errors, providers, defaults, busy, onChange, onSubmit, onCancel }: Props) {
  const prompt = fieldIds(FORM_ID, "prompt");
  const system = fieldIds(FORM_ID, "system_prompt");

  function onKeyDown(event: React.KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!busy) onSubmit("execute");
    } else if (event.key === "Escape" && busy) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form
      aria-label="Send a prompt"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit("execute");
      }}
      className="space-y-4"
    >
      <Field label="Prompt" htmlFor={prompt.input} errorId={prompt.error} error={errors.prompt} hint="Ctrl+Enter (⌘+Enter on a Mac) sends." hintId={prompt.hint}>
        <textarea
          id={prompt.input}
          rows={6}
          value={values.prompt}
          onChange={(event) => onChange({ prompt: event.target.value })}
          placeholder="Ask anything: the router picks the cheapest model that should answer it well."
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={errors.prompt ? prompt.error : prompt.hint}
          className={`${INPUT_CLASS} font-mono text-[13px] leading-relaxed`}
        />
      </Field>
      <details className="group rounded-md" open={values.systemPrompt !== "" ? true : undefined}>
        <summary className="cursor-pointer text-xs font-medium text-slate-600 select-none dark:text-slate-400">System prompt (optional)</summary>
        <Field label="System prompt" htmlFor={system.input} errorId={system.error} error={errors.system_prompt} className="mt-2">
          <textarea
            id={system.input}
            rows={3}
            value={values.systemPrompt}
            onChange={(event) => onChange({ systemPrompt: event.target.value })}
            aria-invalid={errors.system_prompt ? true : undefined}
            className={`${INPUT_CLASS} font-mono text-[13px]`}
          />
        </Field>
      </details>
      <ConstraintControls formId={FORM_ID} values={values} errors={errors} providers={providers} defaults={defaults} onChange={onChange} />
      {errors[FORM_ERROR_KEY] ? <p className="text-sm text-rose-600 dark:text-rose-400">{errors[FORM_ERROR_KEY]}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={busy} className={buttonClass("primary")}>
          Execute
          <kbd className="hidden rounded border border-indigo-400/60 px-1 text-[10px] font-normal sm:inline">Ctrl ↵</kbd>
        </button>
        <button type="button" disabled={busy} onClick={() => onSubmit("route_only")} className={buttonClass("secondary")}>
          Route only
        </button>
        {busy ? (
          <button type="button" onClick={onCancel} className={buttonClass("ghost")}>
            Stop <span className="text-xs text-slate-500">Esc</span>
          </button>
        ) : null}
      </div>
    </form>
  );
}
