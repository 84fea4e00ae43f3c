package io.studycoach.delivery;

import io.studycoach.content.Question;
import io.studycoach.progress.Delivery;

import java.util.Optional;

/** A channel's question of the day, ready to post, with the recap of the one before. */
public record ChannelPost(Question question, Delivery delivery, Optional<Recap> recap) {
}
