package io.studycoach.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** Wraps Lettuce's synchronous commands so that a failure surfaces as {@link StoreUnavailableException}. */
final class GuardedCommands {

	private GuardedCommands() {
	}

	@SuppressWarnings("unchecked")
	static <V> RedisClusterCommands<String, V> guard(RedisClusterCommands<String, V> commands) {
		return (RedisClusterCommands<String, V>) Proxy.newProxyInstance(GuardedCommands.class.getClassLoader(),
				new Class<?>[] { RedisClusterCommands.class }, (proxy, method, args) -> {
					try {
						return method.invoke(commands, args);
					}
					catch (InvocationTargetException ex) {
						Throwable cause = ex.getCause();
						// An error Redis answered with (NOSCRIPT, BUSYGROUP) is the caller's to handle; a lost
						// connection or a timeout means the store is unavailable.
						boolean unavailable = cause instanceof RedisException && !(cause instanceof RedisCommandExecutionException);
						throw unavailable ? new StoreUnavailableException(cause) : cause;
					}
				});
	}

}
