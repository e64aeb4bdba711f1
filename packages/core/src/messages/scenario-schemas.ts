import * as z from 'zod';
import { channels, reasons, scenarios, tones } from './scenario';

// Apart from scenario.ts so the web app can offer the lists without loading zod.
export const scenarioSchema = z.enum(scenarios);
export const channelSchema = z.enum(channels);
export const toneSchema = z.enum(tones);
export const reasonSchema = z.enum(reasons);
