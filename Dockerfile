# Study Coach: build the executable jar with the Maven wrapper, then run it on a JRE as a
# non-root user. See docs/OPERATIONS.md, "Run it in containers".

# --- build -------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src

# The wrapper and the pom first: their layer (Maven itself and every dependency and plugin) is
# reused until one of them changes. The site plugin is left out (package never runs it); anything
# not resolved here is fetched by package.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw \
 && (./mvnw -B -q dependency:resolve dependency:resolve-plugins -DexcludeArtifactIds=maven-site-plugin \
     || echo "Some dependencies were not resolved ahead; package will fetch them.")

# The bank and the wording are packaged into the jar too (pom.xml, <resources>).
COPY src src
COPY content content
COPY prompts prompts
RUN ./mvnw -B package -DskipTests \
 && cp target/study-coach-*.jar /tmp/app.jar

# Split the jar into layers (dependencies change less often than the code), so an image rebuilt
# after a code change reuses the dependency layers: dependencies/lib/*.jar, ...,
# application/app.jar (whose manifest names lib/*.jar), merged back into /app below.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --layers --destination /extract

# --- run ---------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

ARG APP_UID=10001
RUN groupadd --gid ${APP_UID} coach \
 && useradd --uid ${APP_UID} --gid coach --no-create-home --home-dir /app --shell /usr/sbin/nologin coach

WORKDIR /app
COPY --from=build /extract/dependencies/ ./
COPY --from=build /extract/spring-boot-loader/ ./
COPY --from=build /extract/snapshot-dependencies/ ./
COPY --from=build /extract/application/ ./

# Read from the working directory when present, so an operator can mount their own over them
# (or point coach.content.location / coach.prompts.location elsewhere).
COPY content content
COPY prompts prompts

# A class-data-sharing archive from a training run: the JVM maps the classes the coach loads at
# start instead of reading and checking them again, which takes seconds off every start. The run
# stops once the application context is refreshed; it uses the sandbox so it needs no Slack or Redis,
# and the same GC and prepared context as below (an archive is tied to the JVM and the classpath it was
# made with, and holds the classes that start loads).
RUN COACH_SANDBOX=true java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=app.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
      -jar app.jar --coach.sandbox.data-dir=/tmp/cds-training > /tmp/cds-training.log 2>&1 \
 && rm -rf /tmp/cds-training /tmp/cds-training.log

# data/ is only for an embedded redis-server: the sandbox's (data/sandbox), or the coach's own when
# REDIS_URL is unset (a quick `docker run`); with compose, REDIS_URL always points at the redis service.
RUN mkdir data && chown coach:coach data
USER ${APP_UID}:${APP_UID}

# COACH_REQUIRE_SLACK: a container never falls into the sandbox because a Slack secret is missing;
# it stops and names the settings. To try the sandbox in a container on purpose: -e COACH_SANDBOX=true
# -e SERVER_ADDRESS=0.0.0.0 -p 127.0.0.1:3000:3000 (docs/OPERATIONS.md, "Run it in containers").
# JDK_JAVA_OPTIONS: the coach's JVM flags, the same in compose.yaml and docs/OPERATIONS.md (a test
# checks it): the archive above; the serial collector, which on 2 cores and a few hundred MiB of
# heap pauses for milliseconds and needs the least memory of its own; a heap that starts small and
# grows to 75 percent of the container's memory limit; and a clean exit rather than a half-working
# JVM when memory runs out.
ENV PORT=3000 \
    COACH_REQUIRE_SLACK=true \
    JDK_JAVA_OPTIONS="-XX:SharedArchiveFile=app.jsa -XX:+UseSerialGC -XX:NewRatio=1 -Xms32m -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true"
EXPOSE 3000

# The image ships curl. Liveness only: a Redis or Slack outage is not cured by a restart.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/liveness" > /dev/null || exit 1

ENTRYPOINT ["java", "-jar", "app.jar"]
