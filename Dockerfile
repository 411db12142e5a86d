# One image per role, built from the Maven artifacts (run ./mvnw -DskipTests package first):
#   docker build --target hq     -t clothing-chain/hq .
#   docker build --target branch -t clothing-chain/branch .
# Configured only by CHAIN_* environment variables (see README "Configuration"), e.g.
#   docker run -p 8080:8080 -e CHAIN_DB_URL=jdbc:mysql://db:3306/chain_hq -e CHAIN_DB_USER=hq \
#              -e CHAIN_DB_PASSWORD=... -e CHAIN_ADMIN_INITIAL_PASSWORD=... clothing-chain/hq
#   docker run -p 8080:8080 -e CHAIN_DB_URL=... -e CHAIN_HQ_URL=https://hq.example.com/hq-api \
#              -e CHAIN_BRANCH_CODE=B001 -e CHAIN_BRANCH_API_KEY=... clothing-chain/branch
# Without CHAIN_DB_URL each container keeps an H2 database under /data (mount a volume there).

ARG JDK_IMAGE=eclipse-temurin:17-jre

# HQ: the EAR on Payara Server Full (the distribution Maven fetched into system-tests/target/runtimes).
FROM ${JDK_IMAGE} AS hq
COPY system-tests/target/runtimes/payara6 /opt/payara6
COPY payara-config/hq-pre-boot.asadmin /opt/chain/hq-pre-boot.asadmin
# Autodeployed once the server runs (a deploy in a post-boot file stalls in Payara's JMS config listener).
COPY hq-ear/target/hq.ear /opt/payara6/glassfish/domains/domain1/autodeploy/hq.ear
# No admin listener at all in the image (nothing administers it from inside), and no welcome page naming the server.
RUN echo "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.enabled=false" \
        >> /opt/chain/hq-pre-boot.asadmin \
 && rm -f /opt/payara6/glassfish/domains/domain1/docroot/index.html \
 && mkdir -p /data && useradd --system --home /opt/payara6 payara && chown -R payara /opt/payara6 /data
USER payara
WORKDIR /data
ENV CHAIN_DB_URL=jdbc:h2:file:/data/hq
EXPOSE 8080
# --verbose keeps the server in the foreground as the container's process.
CMD ["/opt/payara6/bin/asadmin", "start-domain", "--verbose", \
     "--prebootcommandfile", "/opt/chain/hq-pre-boot.asadmin", "domain1"]

# A branch: the WAR on Payara Micro.
FROM ${JDK_IMAGE} AS branch
COPY system-tests/target/runtimes/payara-micro.jar /opt/chain/payara-micro.jar
COPY payara-config/branch.properties payara-config/branch-pre-boot.asadmin /opt/chain/
COPY branch-war/target/branch.war /opt/chain/branch.war
RUN mkdir -p /data && useradd --system payara && chown -R payara /data
USER payara
WORKDIR /data
ENV CHAIN_DB_URL=jdbc:h2:file:/data/branch
EXPOSE 8080
CMD ["java", "-jar", "/opt/chain/payara-micro.jar", "--nohazelcast", "--port", "8080", \
     "--systemproperties", "/opt/chain/branch.properties", \
     "--prebootcommandfile", "/opt/chain/branch-pre-boot.asadmin", \
     "--deploy", "/opt/chain/branch.war", "--contextroot", "branch"]
