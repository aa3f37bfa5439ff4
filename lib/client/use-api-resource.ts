"use client";

import { useCallback, useEffect, useState } from "react";
import { toApiError, type ApiError } from "./api-error";

// Loads one API resource for a component: loading, data and error states, cancellation when the
// inputs change or the component leaves, and reload(). `load` must be stable (useCallback) — its
// identity is what says "the inputs changed". While reloading, the previous data stays visible.

export interface ApiResource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

interface Settled<T> {
  load: (signal: AbortSignal) => Promise<T>;
  generation: number;
  data: T | undefined;
  error: ApiError | undefined;
}

export function useApiResource<T>(load: (signal: AbortSignal) => Promise<T>, options: { refreshMs?: number } = {}): ApiResource<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setSettled({ load, generation, data, error: undefined }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled((previous) => ({ load, generation, data: previous?.data, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [load, generation]);

  const { refreshMs } = options;
  useEffect(() => {
    if (!refreshMs) return;
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs, reload]);

  const current = settled !== undefined && settled.load === load && settled.generation === generation;
  return {
    data: settled?.data,
    error: current ? settled.error : undefined,
    isLoading: !current,
    reload,
  };
}
