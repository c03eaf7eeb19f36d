import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Channel, InputOf, OutputOf } from '../../../../shared/api';
import { ApiError, request } from '../../api';

/**
 * Like useChannel, but while a new input (a filter, a search word) loads, the previous answer
 * stays on screen instead of a spinner. Same query key shape, so writes refresh it too.
 */
export function useKeptChannel<C extends Channel>(channel: C, input: InputOf<C>) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: [channel.split('.')[0], channel, input ?? null],
    queryFn: () => (request as (c: C, i?: InputOf<C>) => Promise<OutputOf<C>>)(channel, input),
    placeholderData: keepPreviousData,
  });
}
