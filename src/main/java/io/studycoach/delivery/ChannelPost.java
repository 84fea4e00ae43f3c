package io.studycoach.delivery;

import io.studycoach.progress.Delivery;
import io.studycoach.content.Question;

import java.util.Optional;

/** A channel's question of the day, ready to post, with the recap of the one before. */
public record ChannelPost(Question question, Delivery delivery, Optional<Recap> recap) {
}
