package io.studycoach.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.json.GsonFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.Response;

/**
 * The SDK's Web API client, reading Slack's answers with one Gson made once. The SDK makes a new Gson
 * for every answer it reads (MethodsClientImpl.parseJsonResponseAndRunListeners calls
 * GsonFactory.createSnakeCase each time), so every call rebuilt Gson's type adapters for the whole
 * response model by reflection: for chat.postMessage, whose answer holds a Message, that was about
 * 60% of a daily DM's CPU in a profile of benchmark B2. Gson is thread-safe and keeps the adapters it
 * made. Everything else is the SDK's: the request, the same Gson settings, the exception for an
 * HTTP error, the headers on the response and the response listeners. With the SDK's call statistics
 * on (the coach turns them off) the SDK's own path is kept, as it also counts calls.
 */
class SharedGsonMethodsClient extends MethodsClientImpl {

	private final Gson gson;

	private final boolean statsEnabled;

	private SharedGsonMethodsClient(Slack slack, String token, Gson gson) {
		super(slack.getHttpClient(), token);
		setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
		this.gson = gson;
		this.statsEnabled = slack.getConfig().isStatsEnabled();
	}

	/** What {@code slack.methods(token)} makes, parsing with {@code gson} (made once, by {@link #gsonFor}). */
	static SharedGsonMethodsClient of(Slack slack, String token, Gson gson) {
		return new SharedGsonMethodsClient(slack, token, gson);
	}

	/** The Gson the SDK would make for each answer, made once. */
	static Gson gsonFor(Slack slack) {
		return GsonFactory.createSnakeCase(slack.getConfig());
	}

	@Override
	protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(FormBody.Builder form,
			String endpoint, String token, Class<T> type) throws IOException, SlackApiException {
		if (this.statsEnabled) {
			return super.postFormWithTokenAndParseResponse(form, endpoint, token, type);
		}
		Response response = runPostFormWithToken(form, endpoint, token);
		String body = response.body().string();
		if (!response.isSuccessful()) {
			throw new SlackApiException(getSlackHttpClient().getConfig(), response, body);
		}
		try {
			T parsed = this.gson.fromJson(body, type);
			parsed.setHttpResponseHeaders(lowerCased(response.headers()));
			return parsed;
		}
		finally {
			getSlackHttpClient().runHttpResponseListeners(response, body, false);
		}
	}

	/** The headers by lower-cased name, as the SDK hands them to the response. */
	private static Map<String, List<String>> lowerCased(Headers headers) {
		Map<String, List<String>> map = new HashMap<>();
		headers.toMultimap().forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), values));
		return map;
	}

}
