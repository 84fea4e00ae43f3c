package io.studycoach.archfixture.b;

import io.studycoach.archfixture.a.Upstream;

/** Fixture for ArchitectureTests: the back edge from b to a that closes the cycle. */
public class Downstream {

	public Upstream back() {
		return new Upstream();
	}

}
