import { STAR_VALUES, type Stars } from "@/lib/client/rating";

/** 1–5 stars as a radio group: arrow keys move between stars, and each star has a spoken name. */
export function StarRating({ name, value, onChange }: { name: string; value: Stars | null; onChange: (stars: Stars) => void }) {
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Quality</legend>
      <div className="mt-1 flex items-center gap-0.5">
        {STAR_VALUES.map((stars) => {
          const lit = value !== null && stars <= value;
          return (
            <label key={stars} className="cursor-pointer">
              <input
                type="radio"
                name={name}
                value={stars}
                checked={value === stars}
                onChange={() => onChange(stars)}
                className="peer sr-only"
              />
              <span className="sr-only">{stars === 1 ? "1 star" : `${stars} stars`}</span>
              <span
                aria-hidden
                className={`block rounded px-0.5 text-2xl leading-none peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-indigo-500 ${
                  lit ? "text-amber-400" : "text-slate-300 hover:text-amber-300 dark:text-slate-600"
                }`}
              >
                ★
              </span>
            </label>
          );
        })}
        <span className="ml-2 text-xs text-slate-500">{value === null ? "not rated" : `${value} of 5`}</span>
      </div>
    </fieldset>
  );
}
