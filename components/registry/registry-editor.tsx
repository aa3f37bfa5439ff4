"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { LoadingBlock } from "@/components/ui/loading-block";
import { buttonClass } from "@/components/ui/styles";
import { api } from "@/lib/client/api";
import { toApiError, type ApiError } from "@/lib/client/api-error";
import { useApiResource } from "@/lib/client/use-api-resource";
import type { ModelResponse } from "@/lib/schemas/models";
import { AddModelForm } from "./add-model-form";
import { ChangeHistory } from "./change-history";
import { DeleteModelDialog } from "./delete-model-dialog";
import { ModelTable } from "./model-table";
import { ProviderStatusList } from "./provider-status-list";

const loadModels = (signal: AbortSignal) => api.listModels(signal);
const loadProviders = (signal: AbortSignal) => api.listProviders(signal);
const loadChanges = (signal: AbortSignal) => api.listModelChanges({ limit: 50 }, signal);

/** The registry editor: models (add, edit in place, enable/disable, delete), provider keys, change history. */
export function RegistryEditor() {
  const models = useApiResource(loadModels);
  const providers = useApiResource(loadProviders);
  const changes = useApiResource(loadChanges);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState("");

  const providerIds = providers.data?.providers.map((provider) => provider.id) ?? [...new Set(models.data?.models.map((model) => model.provider))];
  const changed = (message: string) => {
    setNotice(message);
    setActionError(null);
    models.reload();
    changes.reload();
  };

  async function toggle(model: ModelResponse) {
    setBusyId(model.id);
    try {
      await api.updateModel(model.id, { enabled: !model.enabled });
      changed(`${model.id} ${model.enabled ? "disabled" : "enabled"}.`);
    } catch (error) {
      setActionError(toApiError(error));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="space-y-6">
      <Card
        title="Models"
        description="Prices in USD per 1M tokens. Disabled models stay registered but are never chosen."
        actions={
          <button type="button" aria-expanded={adding} onClick={() => setAdding((value) => !value)} className={buttonClass(adding ? "secondary" : "primary")}>
            {adding ? "Close" : "Add model"}
          </button>
        }
      >
        <p role="status" aria-live="polite" className="sr-only">
          {notice}
        </p>
        {adding ? (
          <div className="mb-4 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4 dark:border-indigo-900 dark:bg-indigo-950/20">
            <AddModelForm
              providers={providerIds}
              onClose={() => setAdding(false)}
              onAdded={(model) => {
                setAdding(false);
                changed(`${model.id} added.`);
              }}
            />
          </div>
        ) : null}
        {actionError ? <div className="mb-3"><ErrorNotice error={actionError} title="The change was not saved" /></div> : null}
        {models.error ? <ErrorNotice error={models.error} title="Could not load the registry" onRetry={models.reload} /> : null}
        {!models.data && !models.error ? <LoadingBlock label="Loading models" rows={6} /> : null}
        {models.data && models.data.models.length === 0 ? (
          <p className="text-sm text-slate-500">No models are registered, so the router has nothing to choose from. Add one above.</p>
        ) : null}
        {models.data && models.data.models.length > 0 ? (
          <ModelTable
            models={models.data.models}
            providers={providerIds}
            editingId={editingId}
            busyId={busyId}
            onEdit={setEditingId}
            onToggle={toggle}
            onDelete={setDeletingId}
            onSaved={(model) => {
              setEditingId(null);
              changed(`${model.id} saved.`);
            }}
          />
        ) : null}
      </Card>
      <Card title="Provider keys" description="Set a provider's key in the server's environment to call it for real; without one, its models are simulated.">
        {providers.error ? <ErrorNotice error={providers.error} title="Could not load providers" onRetry={providers.reload} /> : null}
        {providers.data ? <ProviderStatusList providers={providers.data.providers} /> : providers.error ? null : <LoadingBlock label="Loading providers" />}
      </Card>
      <Card title="Change history" description="Every change to the registry: when, by which key, and what it changed.">
        {changes.error ? <ErrorNotice error={changes.error} title="Could not load the change history" onRetry={changes.reload} /> : null}
        {changes.data ? <ChangeHistory changes={changes.data.changes} /> : changes.error ? null : <LoadingBlock label="Loading the change history" />}
      </Card>
      {deletingId ? (
        <DeleteModelDialog
          modelId={deletingId}
          onClose={() => setDeletingId(null)}
          onDeleted={() => {
            setDeletingId(null);
            setEditingId(null);
            changed(`${deletingId} deleted.`);
          }}
        />
      ) : null}
    </div>
  );
}
