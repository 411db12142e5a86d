# One image per role, built from the Maven artifacts (run ./mvnw -DskipTests package first):
#   docker build --target hq     -t clothing-chain/hq .
#   docker build --target branch -t clothing-chain/branch .
# (Podman: `podman build --format docker ...`: the OCI format has no HEALTHCHECK. Without a registry, build on a
#  JRE image of your own: --build-arg JDK_IMAGE=localhost/chain-jre:17, as .ci/containers does.)
# Configured only by CHAIN_* environment variables (see README "Configuration"); a secret can be given as a file
# with CHAIN_<NAME>_FILE (e.g. CHAIN_DB_PASSWORD_FILE=/run/secrets/db_password), e.g.
#   docker run -p 8080:8080 -e CHAIN_DB_URL=jdbc:mysql://db:3306/chain_hq -e CHAIN_DB_USER=hq \
#              -e CHAIN_DB_PASSWORD=... -e CHAIN_ADMIN_INITIAL_PASSWORD=... clothing-chain/hq
#   docker run -p 8080:8080 -e CHAIN_DB_URL=... -e CHAIN_HQ_URL=https://hq.example.com/hq-api \
#              -e CHAIN_BRANCH_CODE=B001 -e CHAIN_BRANCH_API_KEY=... clothing-chain/branch
# Without CHAIN_DB_URL each container keeps an H2 database under /data (mount a volume there). HQ replicas sharing one
# database share their sessions too with CHAIN_HQ_PEERS=<a DNS name resolving to all of them> (README "Images").
# Both run as user 10001 (group 0, as OpenShift expects), serve plain HTTP on 8080 and report their health on
# /health/ready (the Docker HEALTHCHECK), /health/live and /health/started (Kubernetes probes).

ARG JDK_IMAGE=eclipse-temurin:17-jre

# HQ: the EAR on Payara Server Full (the distribution Maven fetched into system-tests/target/runtimes).
FROM ${JDK_IMAGE} AS hq
COPY system-tests/target/runtimes/payara6 /opt/payara6
COPY payara-config/hq-pre-boot.asadmin payara-config/hq-cluster.asadmin deploy/container/hq-image.asadmin \
     deploy/container/hq-start.sh deploy/container/entrypoint.sh /opt/chain/
COPY hq-ear/target/hq.ear /tmp/hq.ear
# Nothing administers the server from outside: the admin listener stays on the container's localhost (the pre-boot
# file binds it there; Payara refuses to start its web container with it disabled), port 4848 is not exposed, and
# the admin password is a random one nobody keeps. No welcome page naming the server.
# The EAR is deployed here, into the server started for it, with availability (its sessions can then live in the data
# grid of several replicas, CHAIN_HQ_PEERS) and disabled, so nothing of HQ runs in the build: hq-image.asadmin enables
# it on every start. (Autodeploy takes no availability; a deploy in a post-boot file stalls in Payara's JMS listener.)
RUN printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" \
        > /tmp/admin-password \
 && asadmin="/opt/payara6/bin/asadmin --user admin --passwordfile /tmp/admin-password" \
 && $asadmin change-admin-password --domain_name domain1 \
 && sed -i -e '/^AS_ADMIN_PASSWORD=$/d' -e 's/^AS_ADMIN_NEWPASSWORD=/AS_ADMIN_PASSWORD=/' /tmp/admin-password \
 && $asadmin start-domain --prebootcommandfile /opt/chain/hq-pre-boot.asadmin domain1 \
 && $asadmin deploy --enabled=false --availabilityenabled=true --name hq /tmp/hq.ear \
 && $asadmin stop-domain domain1 \
 && rm -rf /tmp/admin-password /tmp/hq.ear /opt/payara6/glassfish/domains/domain1/logs/* \
        /opt/payara6/glassfish/domains/domain1/docroot/index.html \
 && mkdir -p /data && useradd --system --uid 10001 --gid 0 --home-dir /opt/payara6 --no-create-home payara \
 && chown -R 10001:0 /opt/payara6 /data && chmod -R g=u /opt/payara6 /data
USER 10001
WORKDIR /data
ENV CHAIN_DB_URL=jdbc:h2:file:/data/hq \
    MP_HEALTH_DEFAULT_READINESS_EMPTY_RESPONSE=DOWN
# 5900: the data grid, for the other HQ replicas only (CHAIN_HQ_PEERS)
EXPOSE 8080 5900
# Ready once the EAR is deployed and its database answers (the first start migrates the schema: give it time).
HEALTHCHECK --start-period=240s --interval=15s --timeout=5s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["/opt/chain/entrypoint.sh"]
# Payara Server in the foreground; CHAIN_HQ_PEERS joins the replicas' data grid (hq-start.sh).
CMD ["/opt/chain/hq-start.sh"]

# A branch: the WAR on Payara Micro.
FROM ${JDK_IMAGE} AS branch
COPY system-tests/target/runtimes/payara-micro.jar /opt/chain/payara-micro.jar
COPY payara-config/branch.properties payara-config/branch-pre-boot.asadmin /opt/chain/
COPY deploy/container/entrypoint.sh /opt/chain/entrypoint.sh
COPY branch-war/target/branch.war /opt/chain/branch.war
RUN mkdir -p /data && useradd --system --uid 10001 --gid 0 --home-dir /data --no-create-home payara \
 && chown -R 10001:0 /data && chmod -R g=u /data
USER 10001
WORKDIR /data
ENV CHAIN_DB_URL=jdbc:h2:file:/data/branch \
    MP_HEALTH_DEFAULT_READINESS_EMPTY_RESPONSE=DOWN
EXPOSE 8080
HEALTHCHECK --start-period=180s --interval=15s --timeout=5s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["/opt/chain/entrypoint.sh"]
CMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/chain/payara-micro.jar", "--nohazelcast", "--port", "8080", \
     "--systemproperties", "/opt/chain/branch.properties", \
     "--prebootcommandfile", "/opt/chain/branch-pre-boot.asadmin", \
     "--deploy", "/opt/chain/branch.war", "--contextroot", "branch"]
