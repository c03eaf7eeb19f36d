import { channel } from './channel';

// Being written: see the journal-core issue. Channels are added here as they are built.
export const settingsContract = {} satisfies Record<string, ReturnType<ReturnType<typeof channel>>>;
