import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j.uri).toBeNull();
    expect(config.neo4j.embeddedPort).toBe(7687);
    expect(config.seedOnStart).toBe(true);
    expect(config.adminToken).toBeNull();
    expect(config.production).toBe(false);
  });

  it('seeds on start with NEO4J_URI only when KB_SEED_ON_START is true', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).seedOnStart).toBe(false);
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687', KB_SEED_ON_START: 'true' }).seedOnStart).toBe(true);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://nope', KB_ADMIN_TOKEN: 'short', KB_PRODUCTION: 'maybe', KB_CORS_ORIGINS: '*' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(5);
    }
  });

  it('turns production mode on with NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });
});
