package io.studycoach.install;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a workspace's progress is kept after it uninstalls the coach
 */
@ConfigurationProperties("coach.install")
public record InstallProperties(@DefaultValue("30d") Duration retention) {
}
