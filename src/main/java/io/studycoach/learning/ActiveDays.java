package io.studycoach.learning;

import java.time.LocalDate;
import java.util.BitSet;

/**
 * The calendar days on which a learner answered at least one question, each day in the learner's
 * own time zone. Stored in Redis as a bitmap (one bit a day from {@link #BASE}), which is why this
 * reads Redis' bit order: bit 0 is the most significant bit of the first byte.
 */
public final class ActiveDays {

	/** Day zero of the bitmap. */
	public static final LocalDate BASE = LocalDate.of(2024, 1, 1);

	private final BitSet days;

	private ActiveDays(BitSet days) {
		this.days = days;
	}

	public static ActiveDays fromRedisBitmap(byte[] bitmap) {
		BitSet days = new BitSet();
		if (bitmap != null) {
			for (int i = 0; i < bitmap.length * 8; i++) {
				if ((bitmap[i / 8] & (0x80 >>> (i % 8))) != 0) {
					days.set(i);
				}
			}
		}
		return new ActiveDays(days);
	}

	public static ActiveDays of(LocalDate... dates) {
		BitSet days = new BitSet();
		for (LocalDate date : dates) {
			days.set(offset(date));
		}
		return new ActiveDays(days);
	}

	/** The bit offset of a day in the bitmap. */
	public static int offset(LocalDate date) {
		long offset = date.toEpochDay() - BASE.toEpochDay();
		if (offset < 0) {
			throw new IllegalArgumentException("Days before " + BASE + " are not tracked: " + date);
		}
		return Math.toIntExact(offset);
	}

	/** These days and one more. */
	public ActiveDays with(LocalDate date) {
		BitSet days = (BitSet) this.days.clone();
		days.set(offset(date));
		return new ActiveDays(days);
	}

	public boolean contains(LocalDate date) {
		long offset = date.toEpochDay() - BASE.toEpochDay();
		return offset >= 0 && this.days.get((int) offset);
	}

	/** The first day with an answer, if any. */
	public java.util.Optional<LocalDate> first() {
		int first = this.days.nextSetBit(0);
		return first < 0 ? java.util.Optional.empty() : java.util.Optional.of(BASE.plusDays(first));
	}

	/** The number of days with an answer. */
	public int count() {
		return this.days.cardinality();
	}

}
