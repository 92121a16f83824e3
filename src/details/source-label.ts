import type { GrantSource } from '../data/types.js';
import type { SharedStrings } from '../i18n/strings.js';

/** A grant's source in words ("Purchase", "AWS Marketplace"): the outlook and the details dialog say it alike. */
export function sourceLabel(t: SharedStrings, source: GrantSource): string {
  switch (source) {
    case 'purchase':
      return t.sourcePurchase;
    case 'license-conversion':
      return t.sourceLicenseConversion;
    case 'aws-marketplace':
      return t.sourceAwsMarketplace;
    case 'azure-marketplace':
      return t.sourceAzureMarketplace;
    case 'trial':
      return t.sourceTrial;
    default:
      return t.sourceOther;
  }
}
