package io.studycoach.readiness;

import java.util.Arrays;

/**
 * One learner's ability as a Gaussian belief over a small vector: a general ability {@code g}, an
 * offset per exam-guide section and an offset per study domain. The chance of a right answer to a
 * question of difficulty {@code b} in section {@code s} and domain {@code d} is modelled as
 * {@code Φ((g + δ_s + γ_d − b) / β)}, a probit curve with {@code β = √(8/π)} so that it matches the
 * logistic (Rasch) curve {@code σ(θ − b)} closely.
 *
 * <p>Each first answer updates the belief by assumed-density filtering (moment matching, as in
 * TrueSkill): exact for the probit curve, cheap (a rank-one update), and its variances are honest,
 * which is what makes the stated interval hold the truth as often as it claims. The difficulty's
 * own uncertainty widens each update, so a question whose label is off moves the belief less.
 */
public final class AbilityModel {

	/** Probit scale that makes Φ(x / β) track the logistic σ(x). */
	static final double BETA = Math.sqrt(8 / Math.PI);

	/** Prior spread of general ability, in logits: learners differ by about this much. */
	static final double GENERAL_SD = 1.0;

	/** Prior spread of a section's offset from the general ability: the exam's own lens. */
	static final double SECTION_SD = 0.5;

	/**
	 * Prior spread of a study domain's offset. Smaller: the domains cut the same material another
	 * way, so most of what a domain says is already in the general ability and the sections.
	 */
	static final double DOMAIN_SD = 0.3;

	private final int sections;

	private final int domains;

	private final double[] mean;

	/** Row-major covariance, size n × n. */
	private final double[] covariance;

	private AbilityModel(int sections, int domains, double[] mean, double[] covariance) {
		this.sections = sections;
		this.domains = domains;
		this.mean = mean;
		this.covariance = covariance;
	}

	/** A belief read back from storage (see BeliefFormat). */
	static AbilityModel of(int sections, int domains, double[] mean, double[] covariance) {
		return new AbilityModel(sections, domains, mean, covariance);
	}

	/** The belief before any answer: everyone average, as uncertain as learners are varied. */
	public static AbilityModel prior(int sections, int domains) {
		int n = 1 + sections + domains;
		double[] covariance = new double[n * n];
		covariance[0] = GENERAL_SD * GENERAL_SD;
		for (int i = 1; i < n; i++) {
			double sd = i <= sections ? SECTION_SD : DOMAIN_SD;
			covariance[i * n + i] = sd * sd;
		}
		return new AbilityModel(sections, domains, new double[n], covariance);
	}

	int size() {
		return 1 + this.sections + this.domains;
	}

	/**
	 * The belief after one first answer.
	 *
	 * @param section index of the question's guide section, or -1 when it has none
	 * @param domain index of the question's study domain
	 * @param difficulty the question's difficulty estimate, in logits
	 * @param difficultyVariance how unsure that estimate is
	 */
	public AbilityModel update(int section, int domain, double difficulty, double difficultyVariance, boolean right) {
		int n = size();
		int[] ones = indexes(section, domain);
		double[] sx = new double[n];
		for (int row = 0; row < n; row++) {
			for (int one : ones) {
				sx[row] += this.covariance[row * n + one];
			}
		}
		double margin = -difficulty;
		double spread = difficultyVariance;
		for (int one : ones) {
			margin += this.mean[one];
			spread += sx[one];
		}
		double c = Math.sqrt(BETA * BETA + spread);
		double sign = right ? 1 : -1;
		double t = sign * margin / c;
		double v = Gaussian.pdf(t) / Math.max(Gaussian.cdf(t), 1e-300);
		double w = v * (v + t);
		double[] mean = this.mean.clone();
		double[] covariance = this.covariance.clone();
		for (int row = 0; row < n; row++) {
			mean[row] += sign * sx[row] * v / c;
			for (int col = 0; col < n; col++) {
				covariance[row * n + col] -= sx[row] * sx[col] * w / (c * c);
			}
		}
		return new AbilityModel(this.sections, this.domains, mean, covariance);
	}

	/**
	 * The question's difficulty belief after this learner's first answer to it: the same moment
	 * matching from the question's side, with the learner's uncertainty widening the update.
	 *
	 * @return the new mean and variance of the difficulty
	 */
	public double[] updateDifficulty(int section, int domain, double difficulty, double difficultyVariance,
			boolean right) {
		int n = size();
		int[] ones = indexes(section, domain);
		double margin = -difficulty;
		double spread = difficultyVariance;
		for (int a : ones) {
			margin += this.mean[a];
			for (int b : ones) {
				spread += this.covariance[a * n + b];
			}
		}
		double c = Math.sqrt(BETA * BETA + spread);
		double sign = right ? 1 : -1;
		double t = sign * margin / c;
		double v = Gaussian.pdf(t) / Math.max(Gaussian.cdf(t), 1e-300);
		double w = v * (v + t);
		// A right answer makes the question look easier: its difficulty moves down.
		return new double[] { difficulty - sign * difficultyVariance * v / c,
				Math.max(difficultyVariance * (1 - difficultyVariance * w / (c * c)), 1e-4) };
	}

	/**
	 * The chance of a right answer, averaged over what the model does not know about the learner
	 * and the question.
	 */
	public double chanceRight(int section, int domain, double difficulty, double difficultyVariance) {
		int n = size();
		int[] ones = indexes(section, domain);
		double margin = -difficulty;
		double spread = difficultyVariance;
		for (int a : ones) {
			margin += this.mean[a];
			for (int b : ones) {
				spread += this.covariance[a * n + b];
			}
		}
		return Gaussian.cdf(margin / Math.sqrt(BETA * BETA + spread));
	}

	/** The ability estimate for a question of this section and domain: general plus both offsets, in logits. */
	public double ability(int section, int domain) {
		double sum = 0;
		for (int index : indexes(section, domain)) {
			sum += this.mean[index];
		}
		return sum;
	}

	/** The ability in a section (general plus its offset): its mean and variance. */
	public double[] sectionAbility(int section) {
		int n = size();
		int s = 1 + section;
		return new double[] { this.mean[0] + this.mean[s],
				this.covariance[0] + this.covariance[s * n + s] + 2 * this.covariance[s] };
	}

	/** The mean and covariance of general ability and a section offset, for scoring. */
	double mean(int index) {
		return this.mean[index];
	}

	double covariance(int row, int col) {
		return this.covariance[row * size() + col];
	}

	int sections() {
		return this.sections;
	}

	int domains() {
		return this.domains;
	}

	private int[] indexes(int section, int domain) {
		if (section < 0) {
			return new int[] { 0, 1 + this.sections + domain };
		}
		return new int[] { 0, 1 + section, 1 + this.sections + domain };
	}

	@Override
	public String toString() {
		return "AbilityModel" + Arrays.toString(this.mean);
	}

}
