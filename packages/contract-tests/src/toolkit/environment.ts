import type { Credentials } from '@desktop-api/signer';
import type { Transport } from '../http/wire.js';
import type { Provisioner } from '../provisioners/types.js';
import type { SecretRegistry } from '../redact/secrets.js';
import type { SuiteModel } from '../spec/suite-model.js';
import type { Profile } from './profiles.js';
import type { ResponseCheckSettings } from './response-checks.js';

/** Shared state of a run that every scenario context reads. */
export interface ScenarioEnvironment {
  model: SuiteModel;
  transport: Transport;
  baseUrl: string;
  projectId: string;
  credentials: Credentials;
  provisioner: Provisioner;
  forbiddenCredentials?: Credentials | undefined;
  profile: Profile;
  settings: ResponseCheckSettings;
  secrets: SecretRegistry;
  seed: number;
  runs: number;
  strictBooleans: boolean;
  /** Mutable budgets shared by all scenarios. */
  budget: { desktops: number; badSignatures: Map<string, number> };
}
