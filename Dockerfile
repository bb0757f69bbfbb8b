# One image for every Frontwire service; the command picks the part: `process`, `ingest --source …`, `broker`.
# docker build -t frontwire . && docker run frontwire process --bootstrap-servers kafka:9092
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first: the dependencies are downloaded in a layer of their own, reused until a pom changes.
COPY pom.xml ./
COPY records/pom.xml records/
COPY broker/pom.xml broker/
COPY config/pom.xml config/
COPY observability/pom.xml observability/
COPY ingest/pom.xml ingest/
COPY processors/pom.xml processors/
COPY cli/pom.xml cli/
COPY benchmarks/pom.xml benchmarks/
RUN mvn -B -q dependency:go-offline -DexcludeGroupIds=org.frontwire
# Then the sources.
COPY . .
RUN mvn -B -q -DskipTests -pl cli -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app frontwire && mkdir -p /app/data && chown frontwire /app/data
WORKDIR /app
COPY --from=build /src/cli/target/frontwire.jar /app/frontwire.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY --from=build /src/samples /app/samples
USER frontwire
ENV FRONTWIRE_DATA_DIR=/app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-jar", "/app/frontwire.jar"]
CMD ["process"]
