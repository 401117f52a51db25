/**
 * JMH benchmarks of the participation advisor ({@link nl.heemstede.participatie.benchmarks.AdviseBenchmark},
 * {@link nl.heemstede.participatie.benchmarks.NaiveEngineBenchmark},
 * {@link nl.heemstede.participatie.benchmarks.FullSpaceBenchmark},
 * {@link nl.heemstede.participatie.benchmarks.ColdStartBenchmark},
 * {@link nl.heemstede.participatie.benchmarks.PolicyReloadBenchmark}), the retained-heap probe
 * {@link nl.heemstede.participatie.benchmarks.RetainedHeap}, the hand-written baseline
 * {@link nl.heemstede.participatie.benchmarks.HandWrittenPolicy} and the input space
 * {@link nl.heemstede.participatie.benchmarks.OpgaveSpace} they run on.
 */
package nl.heemstede.participatie.benchmarks;
