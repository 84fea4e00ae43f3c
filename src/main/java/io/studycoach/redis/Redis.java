package io.studycoach.redis;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The coach's connections to Redis, the same to callers whether Redis is one server, a Sentinel
 * group or a Cluster: commands are typed by Lettuce's cluster interfaces, which both kinds of
 * connection implement. Multi-key commands and scripts only ever name keys of one workspace, whose
 * hash tag keeps them in one cluster slot (docs/redis-keys.md).
 */
public final class Redis implements AutoCloseable {

	private final StatefulConnection<String, String> text;

	private final StatefulConnection<String, byte[]> binary;

	private final Function<StatefulConnection<String, String>, RedisClusterCommands<String, String>> syncOf;

	private final Function<StatefulConnection<String, String>, RedisClusterAsyncCommands<String, String>> asyncOf;

	private final Function<StatefulConnection<String, byte[]>, RedisClusterAsyncCommands<String, byte[]>> binaryAsyncOf;

	private final Supplier<Redis> dedicated;

	private final boolean cluster;

	private volatile RedisClusterCommands<String, String> sync;

	Redis(StatefulConnection<String, String> text, StatefulConnection<String, byte[]> binary,
			Function<StatefulConnection<String, String>, RedisClusterCommands<String, String>> syncOf,
			Function<StatefulConnection<String, String>, RedisClusterAsyncCommands<String, String>> asyncOf,
			Function<StatefulConnection<String, byte[]>, RedisClusterAsyncCommands<String, byte[]>> binaryAsyncOf,
			Supplier<Redis> dedicated, boolean cluster) {
		this.text = text;
		this.binary = binary;
		this.syncOf = syncOf;
		this.asyncOf = asyncOf;
		this.binaryAsyncOf = binaryAsyncOf;
		this.dedicated = dedicated;
		this.cluster = cluster;
	}

	/**
	 * The result of an asynchronous command, or {@link StoreUnavailableException} when Redis failed,
	 * as the synchronous commands do.
	 */
	public static <T> T await(CompletableFuture<T> reply) {
		try {
			// Lettuce's own command timeout completes the future exceptionally; this is a backstop.
			return reply.get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StoreUnavailableException(ex);
		}
		catch (ExecutionException | TimeoutException | CompletionException ex) {
			throw new StoreUnavailableException(ex);
		}
	}

	/** Commands that throw {@link StoreUnavailableException} when Redis fails. */
	public RedisClusterCommands<String, String> sync() {
		RedisClusterCommands<String, String> guarded = this.sync;
		if (guarded == null) {
			guarded = GuardedCommands.guard(this.syncOf.apply(this.text));
			this.sync = guarded;
		}
		return guarded;
	}

	public RedisClusterAsyncCommands<String, String> async() {
		return this.asyncOf.apply(this.text);
	}

	/** For values that are bytes rather than text, such as the active-days bitmaps. */
	public RedisClusterAsyncCommands<String, byte[]> binaryAsync() {
		return this.binaryAsyncOf.apply(this.binary);
	}

	/**
	 * New connections of the coach's own, for blocking commands (XREADGROUP ... BLOCK) that would
	 * otherwise stall every other caller of the shared connection. The caller closes them.
	 */
	public Redis dedicated() {
		return this.dedicated.get();
	}

	public boolean isCluster() {
		return this.cluster;
	}

	@Override
	public void close() {
		this.text.close();
		this.binary.close();
	}

}
