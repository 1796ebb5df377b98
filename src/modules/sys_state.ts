// Interpreter settings that sys exposes and the rest of the runtime reads.
import { Ref } from '../objects/core';

export const sysState = {
  recursionLimit: 1000,
  switchInterval: 0.005,
  gilEnabled: true,
  executable: '',
  prefix: '',
  /** set by float.ts so sys need not import it */
  newFloatHook: (_x: number): Ref => 0,
  toDouble: (_r: Ref): number => 0,
  onSwitchInterval: (_seconds: number): void => {},
};
