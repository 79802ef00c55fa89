import { describe, expect, it } from 'vitest';
import { formatEndpoints } from '../../../src/sim/cli/kubectl/endpointsText.ts';

// Expected texts follow the API server's table printer for Endpoints (formatEndpoints in
// pkg/printers/internalversion/printers.go): ports outside, ready addresses inside, 3 listed.
const addr = (...ips: string[]) => ips.map((ip) => ({ ip }));

describe('kubectl get endpoints: the ENDPOINTS column', () => {
  it('lists every ready address of the first port before the second port', () => {
    const text = formatEndpoints({
      subsets: [{ addresses: addr('10.244.1.5', '10.244.2.7'), ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] }],
    });
    expect(text).toBe('10.244.1.5:80,10.244.2.7:80,10.244.1.5:443 + 1 more...');
  });

  it('counts the hidden entries of all subsets in "+ N more..."', () => {
    const text = formatEndpoints({
      subsets: [
        { addresses: addr('10.244.1.5', '10.244.2.7'), ports: [{ port: 80 }] },
        { addresses: addr('10.244.1.9', '10.244.2.8', '10.244.2.9'), ports: [{ port: 8080 }] },
      ],
    });
    expect(text).toBe('10.244.1.5:80,10.244.2.7:80,10.244.1.9:8080 + 2 more...');
  });

  it('prints exactly three entries without a suffix', () => {
    expect(formatEndpoints({ subsets: [{ addresses: addr('10.0.0.1', '10.0.0.2', '10.0.0.3'), ports: [{ port: 80 }] }] })).toBe(
      '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80',
    );
  });

  it('lists bare IPs for a subset without ports (headless Service without ports)', () => {
    expect(formatEndpoints({ subsets: [{ addresses: addr('10.244.1.5', '10.244.2.7') }] })).toBe('10.244.1.5,10.244.2.7');
    expect(formatEndpoints({ subsets: [{ addresses: addr('10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5') }] })).toBe(
      '10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...',
    );
  });

  it('shows <none> without subsets and an empty cell when only not-ready addresses exist', () => {
    expect(formatEndpoints({})).toBe('<none>');
    expect(formatEndpoints({ subsets: [] })).toBe('<none>');
    expect(formatEndpoints({ subsets: [{ notReadyAddresses: addr('10.244.1.5'), ports: [{ port: 80 }] }] })).toBe('');
  });

  it('brackets IPv6 addresses before the port', () => {
    expect(formatEndpoints({ subsets: [{ addresses: addr('fd00::5'), ports: [{ port: 80 }] }] })).toBe('[fd00::5]:80');
  });
});
