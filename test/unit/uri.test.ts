import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasUriScheme, isAbsolutePath, isNetworkPath, localPathOf, webAddressOf } from '../../server/src/core';

test('a Windows drive is no URI scheme; a share and a drive are absolute paths', () => {
  for (const uri of ['https://example.org/a.png', 'mailto:a@b.org', 'vscode-remote://ssh/x', 'file:///a.png'])
    assert.ok(hasUriScheme(uri), uri);
  for (const path of ['C:\\photos\\a.jpg', 'c:/photos/a.jpg', './a.png', 'a.png', '\\\\host\\share\\a.png'])
    assert.ok(!hasUriScheme(path), path);
  for (const path of ['C:\\photos\\a.jpg', '/home/a.png', '\\\\host\\share\\a.png', '//host/share/a.png'])
    assert.ok(isAbsolutePath(path), path);
  assert.ok(!isAbsolutePath('photos/a.png'));
  assert.ok(isNetworkPath('\\\\host\\share\\a.png'));
  assert.ok(!isNetworkPath('/home/a.png'));
});

test('the path on this computer a target names: decoded, without query or fragment; none for the network', () => {
  assert.equal(localPathOf('C:\\photos\\a.jpg'), 'C:\\photos\\a.jpg');
  assert.equal(localPathOf('file:///C:/photos/My%20a.jpg'), 'C:/photos/My a.jpg');
  assert.equal(localPathOf('file:///home/a.png#top'), '/home/a.png');
  assert.equal(localPathOf('file://host/share/a.png'), '//host/share/a.png');
  assert.equal(localPathOf('photos/100%.png?x=1'), 'photos/100%.png');
  assert.equal(localPathOf('https://example.org/a.png'), null);
  assert.deepEqual(webAddressOf('//www.YouTube.com/watch?v=1'), { host: 'www.youtube.com', path: '/watch' });
  assert.deepEqual(webAddressOf('www.vimeo.com'), { host: 'www.vimeo.com', path: '/' });
  assert.equal(webAddressOf('photos/a.png'), null);
});
