package io.studycoach.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public boards (weekly summaries, challenge standings).
 *
 * @param mentions names as mentions that notify ({@code <@U…>}); off by default, since a board
 * posted in a channel should ping nobody
 */
@ConfigurationProperties("coach.boards")
public record BoardsProperties(@DefaultValue("false") boolean mentions) {
}
