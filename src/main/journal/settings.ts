import type { settingsContract } from '../../shared/api/settings';
import type { DomainHandlers } from './handler';

export const settingsHandlers = {} satisfies DomainHandlers<typeof settingsContract>;
