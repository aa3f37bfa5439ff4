import { Fragment } from "react";
import { TABLE_CLASS, TABLE_WRAPPER_CLASS, TBODY_CLASS, THEAD_CLASS, TH_CLASS } from "@/components/ui/styles";
import type { ModelResponse } from "@/lib/schemas/models";
import { ModelEditForm } from "./model-edit-form";
import { ModelRow } from "./model-row";

const COLUMNS = 8;

interface Props {
  models: readonly ModelResponse[];
  providers: readonly string[];
  editingId: string | null;
  busyId: string | null;
  onEdit: (id: string | null) => void;
  onToggle: (model: ModelResponse) => void;
  onDelete: (id: string) => void;
  onSaved: (model: ModelResponse) => void;
}

/** The registry as an editable table: a row opens its edit form right underneath it. */
export function ModelTable({ models, providers, editingId, busyId, onEdit, onToggle, onDelete, onSaved }: Props) {
  return (
    <div className={TABLE_WRAPPER_CLASS}>
      <table aria-label="Registered models" className={TABLE_CLASS}>
        <thead className={THEAD_CLASS}>
          <tr>
            <th scope="col" className={TH_CLASS}>Model</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>In / out $ per 1M</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Context</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Latency</th>
            <th scope="col" className={`${TH_CLASS} text-right`}>Quality</th>
            <th scope="col" className={TH_CLASS}>Capabilities</th>
            <th scope="col" className={TH_CLASS}>Status</th>
            <th scope="col" className={`${TH_CLASS} sticky right-0 bg-slate-50 text-right dark:bg-slate-800`}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className={TBODY_CLASS}>
          {models.map((model) => (
            <Fragment key={model.id}>
              <ModelRow
                model={model}
                editing={editingId === model.id}
                busy={busyId === model.id}
                onEdit={() => onEdit(editingId === model.id ? null : model.id)}
                onToggle={() => onToggle(model)}
                onDelete={() => onDelete(model.id)}
              />
              {editingId === model.id ? (
                <tr className="bg-indigo-50/40 dark:bg-indigo-950/20">
                  <td colSpan={COLUMNS} className="p-4">
                    <div className="sticky left-4 max-w-[calc(100vw-4rem)] md:max-w-4xl">
                      <ModelEditForm model={model} providers={providers} onSaved={onSaved} onCancel={() => onEdit(null)} />
                    </div>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
