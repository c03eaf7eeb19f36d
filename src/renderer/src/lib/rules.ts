/**
 * The rule values in force for this journal, as the screens use them: the user's own where they
 * set them in Settings › Rules, the reported ones otherwise (while settings load, the reported
 * ones). One hook, so no screen reads a rule constant of its own.
 */
import { useMemo } from 'react';
import { thresholdText } from '../../../shared/domain/detaxe';
import { windowHoursText } from '../../../shared/domain/lottery';
import { effectiveRules, type RuleValues } from '../../../shared/domain/rule-values';
import { useChannel } from './query';

export interface ScreenRules extends RuleValues {
  /** '10:30', '19:00', '10:30–19:00' */
  hoursText: ReturnType<typeof windowHoursText>;
  /** '€100.00': what a détaxe form must be more than. */
  detaxeThreshold: string;
}

export function screenRules(rules: RuleValues): ScreenRules {
  return { ...rules, hoursText: windowHoursText(rules.windowHours), detaxeThreshold: thresholdText(rules.detaxe) };
}

export function useRules(): ScreenRules {
  const settings = useChannel('settings.get');
  const overrides = settings.data?.rules;
  return useMemo(() => screenRules(effectiveRules(overrides)), [overrides]);
}
