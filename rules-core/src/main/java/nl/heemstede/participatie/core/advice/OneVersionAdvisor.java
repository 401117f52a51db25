package nl.heemstede.participatie.core.advice;

import java.time.Clock;

import nl.heemstede.participatie.Opgave;
import nl.heemstede.participatie.ParticipationAdvisor;
import nl.heemstede.participatie.ParticipationPlan;
import nl.heemstede.participatie.PlanCheck;
import nl.heemstede.participatie.PolicyVersion;
import nl.heemstede.participatie.ProcessRecord;
import nl.heemstede.participatie.ProcessReview;
import nl.heemstede.participatie.core.loading.Policy;
import nl.heemstede.participatie.core.review.PlanReviewer;

/**
 * What the advisors of one loaded policy version share, however they advise: the plan check and the review on top
 * of their own advice, the version, and a register of just this version for a clock or a version asked by name.
 */
abstract class OneVersionAdvisor implements ParticipationAdvisor {

    /** The loaded version this advisor advises with. */
    final Policy policy;

    OneVersionAdvisor(Policy policy) {
        this.policy = policy;
    }

    @Override
    public PlanCheck checkPlan(Opgave opgave, ParticipationPlan plan) {
        return PlanReviewer.check(this, opgave, plan);
    }

    @Override
    public ProcessReview review(Opgave opgave, ParticipationPlan plan, ProcessRecord record) {
        return PlanReviewer.review(this, opgave, plan, record);
    }

    @Override
    public PolicyVersion policyVersion() {
        return policy.version();
    }

    /** A register of this one version, taking today from the clock; for callers outside, as the facade's are. */
    @Override
    public ParticipationAdvisor withClock(Clock clock) {
        return RegisterAdvisor.of(this).withClock(clock);
    }

    /** A register of this one version, pinned to it when the name is its own. */
    @Override
    public ParticipationAdvisor withVersion(String name) {
        return RegisterAdvisor.of(this).withVersion(name);
    }
}
