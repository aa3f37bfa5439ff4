/** A small radio group that looks like a segmented button (arrow keys move between options). */
export function SegmentedControl<Value extends string>({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">{label}</legend>
      <div className="inline-flex rounded-lg bg-slate-100 p-0.5 dark:bg-slate-800">
        {options.map((option) => (
          <label key={option.value} className="cursor-pointer">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="peer sr-only" />
            <span className="block rounded-md px-2.5 py-1 text-xs font-medium whitespace-nowrap text-slate-600 peer-checked:bg-white peer-checked:text-slate-900 peer-checked:shadow-sm peer-focus-visible:outline-2 peer-focus-visible:outline-indigo-500 dark:text-slate-400 dark:peer-checked:bg-slate-950 dark:peer-checked:text-slate-100">
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
