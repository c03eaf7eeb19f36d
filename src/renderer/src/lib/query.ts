import { useCallback } from 'react';
import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../shared/api';
import { ApiError, request } from '../api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
  },
});

/** Reads a channel; the key starts with the channel's domain so writes can invalidate it. */
export function useChannel<C extends Channel>(channel: C, input?: InputOf<C>, options: { enabled?: boolean } = {}) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: [channel.split('.')[0], channel, input ?? null],
    queryFn: () => (request as (c: C, i?: InputOf<C>) => Promise<OutputOf<C>>)(channel, input),
    enabled: options.enabled ?? true,
  });
}

/**
 * Writes through a channel; on success every cached read is refreshed (records link across
 * domains — a purchase changes a trip page and the calendar — and the journal answers in
 * microseconds, so a broad refresh is simpler than tracking who depends on whom).
 */
export function useWrite<C extends Channel>(channel: C) {
  const client = useQueryClient();
  const mutation = useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => (request as (c: C, i: InputOf<C>) => Promise<OutputOf<C>>)(channel, input),
    onSuccess: () => client.invalidateQueries(),
  });
  const { mutateAsync } = mutation;
  /**
   * `mutate` with callbacks that run even when the write removed the component that made it (a
   * follow-up snoozed off the dashboard, a row deleted from its list): TanStack Query drops a
   * per-call callback once its observer unmounts, and the refresh above unmounts it before the
   * callback's turn, so the toast saying what happened was lost at random. The callbacks still
   * run after every read has been refreshed.
   */
  const mutate = useCallback(
    (input: InputOf<C>, options?: WriteCallbacks<C>) => {
      mutateAsync(input).then(
        (data) => {
          options?.onSuccess?.(data, input);
          options?.onSettled?.(data, null, input);
        },
        (error: ApiError) => {
          options?.onError?.(error, input);
          options?.onSettled?.(undefined, error, input);
        },
      );
    },
    [mutateAsync],
  );
  return { ...mutation, mutate };
}

export interface WriteCallbacks<C extends Channel> {
  onSuccess?: (data: OutputOf<C>, input: InputOf<C>) => void;
  onError?: (error: ApiError, input: InputOf<C>) => void;
  onSettled?: (data: OutputOf<C> | undefined, error: ApiError | null, input: InputOf<C>) => void;
}
