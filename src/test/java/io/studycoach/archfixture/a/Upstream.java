package io.studycoach.archfixture.a;

import io.studycoach.archfixture.b.Downstream;

/** Fixture for ArchitectureTests: half of a deliberate cycle between packages a and b. */
public class Upstream {

	public Downstream next() {
		return new Downstream();
	}

}
