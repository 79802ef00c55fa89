// The object `kubectl create deployment` builds (pkg/cmd/create/create_deployment.go), with keys in
// the Go struct order so that -o json prints like kubectl (YAML output sorts keys anyway).
import type { Container, Deployment } from '../../../api/types.ts';

/** Container name from an image: last path element without tag or digest; "_" and "." made DNS-safe. */
export function containerNameFromImage(image: string, random: (n: number) => string): string {
  const parts = image.split('/');
  let name = parts[parts.length - 1];
  if (name.includes(':')) name = name.split(':')[0];
  if (name.includes('@')) name = name.split('@')[0];
  // sanitizeAndUniquify: a sanitised name also gets a random suffix so that it stays unique.
  if (/[_.]/.test(name)) name = `${name.replace(/_/g, '-').replace(/\./g, '-')}-${random(5)}`;
  return name;
}

export function buildDeployment(name: string, images: string[], replicas: number, port: number, random: (n: number) => string, command: string[] = []): Deployment {
  const labels = { app: name };
  const containers: Container[] = images.map((image) => ({ name: containerNameFromImage(image, random), image, resources: {} }));
  if ((port >= 0 || command.length) && containers.length) {
    // command, then ports, sit between image and resources in the Go struct.
    const [first] = containers;
    containers[0] = {
      name: first.name,
      image: first.image,
      ...(command.length ? { command: [...command] } : {}),
      ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    };
  }
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name, creationTimestamp: null as unknown as string, labels: { ...labels } },
    spec: {
      replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { creationTimestamp: null as unknown as string, labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  } as Deployment;
}
