#!/usr/bin/env python3
"""Turns what `kubectl kustomize` rendered into what `podman kube play` (Podman 4.3) can run, one file per workload.

    kube-play.py RENDERED.yaml OUTDIR [--image NAME=IMAGE] [--env WORKLOAD:NAME=VALUE] [--alias HOST=IP]
                 [--host-port WORKLOAD=PORT]

Podman runs Pods, Deployments, ConfigMaps and PersistentVolumeClaims; it has no Services, Ingresses, NetworkPolicies,
PodDisruptionBudgets or StatefulSets, no cluster DNS, and here no systemd to time probes. So, and only so:
  - a StatefulSet becomes a Deployment of one replica, its volumeClaimTemplates PersistentVolumeClaims named as
    Kubernetes names them (data-branch-b001-0); a Deployment of N replicas becomes N Deployments of one (hq, hq-1,
    ..., each in a file of its own, to be played on an address of its own);
  - environment from ConfigMaps and Secrets (envFrom, configMapKeyRef, secretKeyRef) is written into the container
    as values, as the kubelet would set it (an optional reference to nothing is left out);
  - Services become /etc/hosts entries (--alias hq=10.89.213.10: the workload's pod gets that address from
    `podman kube play --ip`; a headless Service's name given for several addresses resolves to all of them, as
    the cluster's DNS answers it); --host-port publishes a workload's first port on the host, and no other port is
    published (Podman would publish every containerPort on the host's same port);
  - probes are dropped (the smoke suite waits on /health/ready itself), and so are the objects Podman can not run.
Images are renamed with --image (clothing-chain/hq=localhost/clothing-chain/hq:latest: by repository, the part after
the last registry host), and --env adds variables (the CI switches on demo mode for its smoke suite).
Prints one line per workload written: NAME FILE.
"""
import argparse
import base64
import copy
import os
import sys

import yaml


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rendered")
    parser.add_argument("outdir")
    parser.add_argument("--image", action="append", default=[])
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--alias", action="append", default=[])
    parser.add_argument("--host-port", action="append", default=[])
    args = parser.parse_args()

    with open(args.rendered) as f:
        objects = [o for o in yaml.safe_load_all(f) if o]
    config_maps = {o["metadata"]["name"]: o.get("data") or {} for o in objects if o["kind"] == "ConfigMap"}
    secrets = {}
    for o in objects:
        if o["kind"] == "Secret":
            values = {k: base64.b64decode(v).decode() for k, v in (o.get("data") or {}).items()}
            values.update(o.get("stringData") or {})
            secrets[o["metadata"]["name"]] = values
    claims = [o for o in objects if o["kind"] == "PersistentVolumeClaim"]
    images = dict(pair.split("=", 1) for pair in args.image)
    extra_env = {}
    for entry in args.env:
        workload, assignment = entry.split(":", 1)
        name, value = assignment.split("=", 1)
        extra_env.setdefault(workload, {})[name] = value
    aliases = {}
    for entry in args.alias:
        host, ip = entry.split("=", 1)
        aliases.setdefault(ip, []).append(host)
    host_ports = dict(entry.split("=", 1) for entry in args.host_port)

    os.makedirs(args.outdir, exist_ok=True)
    for o in objects:
        if o["kind"] not in ("Deployment", "StatefulSet"):
            continue
        name = o["metadata"]["name"]
        spec = o["spec"]
        pod = copy.deepcopy(spec["template"])
        pod_spec = pod["spec"]
        out = []
        for template in spec.get("volumeClaimTemplates") or []:
            claim_name = "%s-%s-0" % (template["metadata"]["name"], name)
            out.append({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": claim_name},
                        "spec": template["spec"]})
            pod_spec.setdefault("volumes", []).append(
                {"name": template["metadata"]["name"], "persistentVolumeClaim": {"claimName": claim_name}})
        for volume in pod_spec.get("volumes") or []:
            claim = (volume.get("persistentVolumeClaim") or {}).get("claimName")
            out.extend(c for c in claims if c["metadata"]["name"] == claim)
        for container in pod_spec["containers"]:
            values = environment(container, config_maps, secrets)
            values.update(extra_env.get(name, {}))
            container["env"] = [{"name": k, "value": str(v)} for k, v in values.items()]
            container.pop("envFrom", None)
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                container.pop(probe, None)
            image = container["image"]
            repository = image.rsplit(":", 1)[0] if ":" in image.split("/")[-1] else image
            for old, new in images.items():
                if repository == old or repository.endswith("/" + old):
                    container["image"] = new
        pod_ports = [container.get("ports") or [] for container in pod_spec["containers"]]
        publish(pod_spec["containers"], pod_ports, host_ports.get(name))
        if aliases:
            pod_spec["hostAliases"] = [{"ip": ip, "hostnames": hosts} for ip, hosts in aliases.items()]
        deployment = {"apiVersion": "apps/v1", "kind": "Deployment",
                      "metadata": {"name": name, "labels": o["metadata"].get("labels", {})},
                      "spec": {"replicas": 1, "selector": spec["selector"], "template": pod}}
        write(args.outdir, name, out + [deployment])
        # A Deployment's further replicas: one more Deployment each, NAME-1, ..., played on addresses of their own.
        replicas = spec.get("replicas", 1) if o["kind"] == "Deployment" else 1
        for replica in range(1, replicas):
            copy_name = "%s-%d" % (name, replica)
            other = copy.deepcopy(deployment)
            other["metadata"]["name"] = copy_name
            publish(other["spec"]["template"]["spec"]["containers"], pod_ports, host_ports.get(copy_name))
            write(args.outdir, copy_name, [other])


def publish(containers, ports, host_port):
    """Podman publishes every containerPort on the host (as hostPort when none is given): only the first container's
    first port is kept, published on host_port, and only if one is asked for. ports: each container's, as rendered."""
    for container in containers:
        container.pop("ports", None)
    if host_port and ports[0]:
        containers[0]["ports"] = [dict(ports[0][0], hostPort=int(host_port))]


def write(outdir, name, objects):
    path = os.path.join(outdir, name + ".yaml")
    with open(path, "w") as f:
        yaml.safe_dump_all(objects, f, sort_keys=False)
    print(name, path)


def environment(container, config_maps, secrets):
    """The container's variables as the kubelet sets them: envFrom first, then env (which wins)."""
    values = {}
    for source in container.get("envFrom") or []:
        ref = source.get("configMapRef") or source.get("secretRef")
        store = config_maps if "configMapRef" in source else secrets
        if ref["name"] in store:
            values.update(store[ref["name"]])
        elif not ref.get("optional"):
            sys.exit("%s: no %s" % (container["name"], ref["name"]))
    for variable in container.get("env") or []:
        if "value" in variable or "valueFrom" not in variable:
            values[variable["name"]] = variable.get("value", "")
            continue
        source = variable["valueFrom"]
        ref = source.get("configMapKeyRef") or source.get("secretKeyRef")
        if ref is None:
            sys.exit("%s: %s comes from %s, which podman can not give" % (container["name"], variable["name"], source))
        store = config_maps if "configMapKeyRef" in source else secrets
        if ref["name"] in store and ref["key"] in store[ref["name"]]:
            values[variable["name"]] = store[ref["name"]][ref["key"]]
        elif not ref.get("optional"):
            sys.exit("%s: %s needs %s/%s, which the rendering does not hold" % (container["name"], variable["name"], ref["name"], ref["key"]))
    return values


if __name__ == "__main__":
    main()
