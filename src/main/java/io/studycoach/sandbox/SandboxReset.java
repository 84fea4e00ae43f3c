package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.redis.EmbeddedWipe;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page's Reset button (after the browser's confirm): deletes the sandbox workspace's data from
 * the sandbox's own embedded Redis (never any other: {@link EmbeddedWipe} refuses) and empties its
 * in-memory conversations, Home tabs and files, and puts the clock back to the real time.
 */
@RestController
@ConditionalOnProperty(SandboxEnvironment.ENABLED)
class SandboxReset {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final EmbeddedWipe wipe;

	private final SandboxWorkspace workspace;

	private final SandboxClock clock;

	SandboxReset(EmbeddedWipe wipe, SandboxWorkspace workspace, SandboxClock clock) {
		this.wipe = wipe;
		this.workspace = workspace;
		this.clock = clock;
	}

	// JSON only: another site's page cannot send that to 127.0.0.1 without a CORS preflight, which fails.
	@PostMapping(path = "/sandbox/ui/reset", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode reset() {
		long removed = this.wipe.wipe(SandboxWorkspace.TEAM);
		this.workspace.reset();
		this.clock.reset();
		return JSON.createObjectNode().put("ok", true).put("removed", removed);
	}

}
