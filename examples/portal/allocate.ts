import type { CreditData, CreditFeature, OfferingAllocation } from '../../src/data/types.js';

/**
 * The host's side of an allocation, as a backend would do it: set a feature's credits and
 * recompute what depends on it (the offering allocations, the summary's allocated total and
 * today's history point). Returns only the sections that changed, ready for
 * `StaticCreditProvider.update()`.
 */
export function allocate(data: CreditData, featureId: string, credits: number): Partial<CreditData> {
  const target = data.features.find((feature) => feature.id === featureId);
  if (!target) throw new Error(`No feature ${featureId}`);
  if (!Number.isFinite(credits) || credits < 0) throw new Error('Credits must be a number ≥ 0');

  const features = data.features.map((feature) => (feature.id === featureId ? { ...feature, allocated: credits } : feature));
  const allocated = features.reduce((sum, feature) => sum + feature.allocated, 0);
  const history = data.history.map((point, i) =>
    i === data.history.length - 1 ? { ...point, allocated } : point,
  );
  return {
    features,
    allocations: allocationsOf(features),
    summary: { ...data.summary, allocated, asOf: new Date().toISOString() },
    history,
  };
}

function allocationsOf(features: readonly CreditFeature[]): OfferingAllocation[] {
  const byOffering = new Map<string, OfferingAllocation>();
  for (const feature of features) {
    if (feature.allocated <= 0) continue;
    let offering = byOffering.get(feature.offeringId);
    if (!offering) {
      offering = { offeringId: feature.offeringId, offeringName: feature.offeringName, features: [] };
      byOffering.set(feature.offeringId, offering);
    }
    offering.features.push({ featureId: feature.id, featureName: feature.name, credits: feature.allocated });
  }
  return [...byOffering.values()];
}
