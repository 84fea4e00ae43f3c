package io.studycoach.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script from the classpath, run by its SHA and loaded again when the server lost it. */
public final class RedisScript {

	private final String source;

	private final String sha;

	private RedisScript(String source) {
		this.source = source;
		this.sha = sha1(source);
	}

	public static RedisScript load(String classpathLocation) {
		try (InputStream in = RedisScript.class.getClassLoader().getResourceAsStream(classpathLocation)) {
			if (in == null) {
				throw new IllegalStateException("Missing script " + classpathLocation);
			}
			return new RedisScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public <T> T run(RedisClusterCommands<String, String> commands, ScriptOutputType type, String[] keys, String... args) {
		try {
			return commands.evalsha(this.sha, type, keys, args);
		}
		catch (RedisNoScriptException ex) {
			return commands.eval(this.source, type, keys, args);
		}
	}

	private static String sha1(String source) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
