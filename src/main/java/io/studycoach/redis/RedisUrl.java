package io.studycoach.redis;

import io.lettuce.core.RedisURI;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code REDIS_URL} names. Lettuce reads {@code redis://}, {@code rediss://} and
 * {@code redis-sentinel://host:port[,host:port]#master} itself; a Cluster has no standard URL, so
 * the coach takes {@code redis-cluster://[user:password@]host:port[,host:port...]} (or
 * {@code rediss-cluster://} for TLS), naming any of its nodes as seeds.
 *
 * @param cluster whether the nodes are seeds of a Redis Cluster
 * @param nodes the server, sentinel group, or cluster seeds
 */
record RedisUrl(boolean cluster, List<RedisURI> nodes) {

	static RedisUrl parse(String url) {
		String trimmed = url.trim();
		int schemeEnd = trimmed.indexOf("://");
		String scheme = schemeEnd < 0 ? "" : trimmed.substring(0, schemeEnd);
		if (!scheme.equals("redis-cluster") && !scheme.equals("rediss-cluster")) {
			return new RedisUrl(false, List.of(RedisURI.create(trimmed)));
		}
		String rest = trimmed.substring(schemeEnd + 3);
		int slash = rest.indexOf('/');
		String authority = slash < 0 ? rest : rest.substring(0, slash);
		int at = authority.lastIndexOf('@');
		String userInfo = at < 0 ? null : authority.substring(0, at);
		String hosts = at < 0 ? authority : authority.substring(at + 1);
		List<RedisURI> nodes = new ArrayList<>();
		for (String host : hosts.split(",")) {
			if (host.isBlank()) {
				continue;
			}
			nodes.add(node(host.trim(), userInfo, scheme.startsWith("rediss")));
		}
		if (nodes.isEmpty()) {
			throw new IllegalArgumentException("names no cluster node; write redis-cluster://host:port[,host:port]");
		}
		return new RedisUrl(true, List.copyOf(nodes));
	}

	private static RedisURI node(String hostAndPort, String userInfo, boolean tls) {
		int colon = hostAndPort.lastIndexOf(':');
		String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
		int port;
		try {
			port = colon < 0 ? RedisURI.DEFAULT_REDIS_PORT : Integer.parseInt(hostAndPort.substring(colon + 1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("has a node with a port that is not a number: " + host);
		}
		RedisURI.Builder builder = RedisURI.builder().withHost(host).withPort(port).withSsl(tls);
		if (userInfo != null && !userInfo.isEmpty()) {
			int colonAt = userInfo.indexOf(':');
			String user = colonAt < 0 ? "" : decode(userInfo.substring(0, colonAt));
			String password = decode(colonAt < 0 ? userInfo : userInfo.substring(colonAt + 1));
			if (user.isEmpty()) {
				builder.withPassword(password.toCharArray());
			}
			else {
				builder.withAuthentication(user, password);
			}
		}
		return builder.build();
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/** host:port of each node, for Spring Data's cluster configuration (ShedLock). */
	List<String> hostsAndPorts() {
		return this.nodes.stream().map(uri -> uri.getHost() + ":" + uri.getPort()).toList();
	}

}
