import type { SeedSource } from '@/seed/types'

/**
 * Sources of the second half of the demo articles (batches C–F): standards, books, papers and
 * documentation pages, as real records. As in `sources.ts`, a DOI only where one is registered.
 */
const ACCESSED = '2026-11-20'
const IETF = 'Internet Engineering Task Force (IETF)'

function rfc(number: number, year: number, title: string, authors: SeedSource['authors'], series = ''): SeedSource {
  const padded = String(number).padStart(4, '0')
  return {
    key: `rfc${number}`,
    type: 'standard',
    authors,
    year,
    title,
    container: `RFC ${number}${series ? ` (${series})` : ''}`,
    publisher: IETF,
    url: `https://www.rfc-editor.org/rfc/rfc${number}`,
    doi: `10.17487/RFC${padded}`,
    accessedAt: ACCESSED,
  }
}

function page(key: string, title: string, container: string, publisher: string, url: string, author = `${publisher}`): SeedSource {
  return { key, type: 'webpage', authors: [{ family: author, given: '' }], year: 2026, title, container, publisher, url, accessedAt: ACCESSED }
}

const ylonenLonvick = [
  { family: 'Ylonen', given: 'Tatu' },
  { family: 'Lonvick', given: 'Chris' },
]

const dnssecAuthors = [
  { family: 'Arends', given: 'Roy' },
  { family: 'Austein', given: 'Rob' },
  { family: 'Larson', given: 'Matt' },
  { family: 'Massey', given: 'Dan' },
  { family: 'Rose', given: 'Scott' },
]

export const networkingSources: SeedSource[] = [
  // ---------------------------------------------------------------- SSH
  rfc(4252, 2006, 'The Secure Shell (SSH) Authentication Protocol', ylonenLonvick),
  rfc(4253, 2006, 'The Secure Shell (SSH) Transport Layer Protocol', ylonenLonvick),
  rfc(4254, 2006, 'The Secure Shell (SSH) Connection Protocol', ylonenLonvick),
  page('openbsd-ssh-keygen', 'ssh-keygen(1): OpenSSH authentication key utility', 'OpenBSD manual pages', 'The OpenBSD project', 'https://man.openbsd.org/ssh-keygen.1'),
  page('openbsd-ssh', 'ssh(1): OpenSSH remote login client', 'OpenBSD manual pages', 'The OpenBSD project', 'https://man.openbsd.org/ssh.1'),

  // ---------------------------------------------------------------- TCP, UDP, IPv6
  rfc(9293, 2022, 'Transmission Control Protocol (TCP)', [{ family: 'Eddy', given: 'Wesley M.' }], 'STD 7'),
  {
    key: 'fall-stevens-2011-tcpip',
    type: 'book',
    authors: [
      { family: 'Fall', given: 'Kevin R.' },
      { family: 'Stevens', given: 'W. Richard' },
    ],
    year: 2011,
    title: 'TCP/IP Illustrated, Volume 1: The Protocols (2nd ed.)',
    publisher: 'Addison-Wesley',
  },
  rfc(768, 1980, 'User Datagram Protocol', [{ family: 'Postel', given: 'Jon' }], 'STD 6'),
  rfc(8085, 2017, 'UDP Usage Guidelines', [
    { family: 'Eggert', given: 'Lars' },
    { family: 'Fairhurst', given: 'Godred' },
    { family: 'Shepherd', given: 'Greg' },
  ], 'BCP 145'),
  rfc(9000, 2021, 'QUIC: A UDP-Based Multiplexed and Secure Transport', [
    { family: 'Iyengar', given: 'Jana' },
    { family: 'Thomson', given: 'Martin' },
  ]),
  rfc(8200, 2017, 'Internet Protocol, Version 6 (IPv6) Specification', [
    { family: 'Deering', given: 'Stephen E.' },
    { family: 'Hinden', given: 'Robert M.' },
  ], 'STD 86'),
  rfc(4291, 2006, 'IP Version 6 Addressing Architecture', [
    { family: 'Hinden', given: 'Robert M.' },
    { family: 'Deering', given: 'Stephen E.' },
  ]),
  rfc(5952, 2010, 'A Recommendation for IPv6 Address Text Representation', [
    { family: 'Kawamura', given: 'Seiichi' },
    { family: 'Kawashima', given: 'Masanobu' },
  ]),

  // ---------------------------------------------------------------- TLS, HSTS, HTTP caching, DNSSEC
  rfc(8446, 2018, 'The Transport Layer Security (TLS) Protocol Version 1.3', [{ family: 'Rescorla', given: 'Eric' }]),
  rfc(6797, 2012, 'HTTP Strict Transport Security (HSTS)', [
    { family: 'Hodges', given: 'Jeff' },
    { family: 'Jackson', given: 'Collin' },
    { family: 'Barth', given: 'Adam' },
  ]),
  page(
    'mdn-hsts',
    'Strict-Transport-Security header',
    'MDN Web Docs',
    'Mozilla',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Strict-Transport-Security',
    'MDN contributors',
  ),
  rfc(9111, 2022, 'HTTP Caching', [
    { family: 'Fielding', given: 'Roy T.' },
    { family: 'Nottingham', given: 'Mark' },
    { family: 'Reschke', given: 'Julian' },
  ], 'STD 98'),
  rfc(4033, 2005, 'DNS Security Introduction and Requirements', dnssecAuthors),
  rfc(4034, 2005, 'Resource Records for the DNS Security Extensions', dnssecAuthors),
  rfc(4035, 2005, 'Protocol Modifications for the DNS Security Extensions', dnssecAuthors),

  // ---------------------------------------------------------------- E-mail
  rfc(5321, 2008, 'Simple Mail Transfer Protocol', [{ family: 'Klensin', given: 'John C.' }]),
  rfc(5322, 2008, 'Internet Message Format', [{ family: 'Resnick', given: 'Pete' }]),

  // ---------------------------------------------------------------- Python
  page('python-glossary-gil', 'Glossary: global interpreter lock', 'Python 3 documentation', 'Python Software Foundation', 'https://docs.python.org/3/glossary.html#term-global-interpreter-lock'),
  {
    key: 'pep-703',
    type: 'standard',
    authors: [{ family: 'Gross', given: 'Sam' }],
    year: 2023,
    title: 'PEP 703 – Making the Global Interpreter Lock Optional in CPython',
    container: 'Python Enhancement Proposals',
    publisher: 'Python Software Foundation',
    url: 'https://peps.python.org/pep-0703/',
    accessedAt: ACCESSED,
  },
  {
    key: 'pep-405',
    type: 'standard',
    authors: [{ family: 'Meyer', given: 'Carl' }],
    year: 2011,
    title: 'PEP 405 – Python Virtual Environments',
    container: 'Python Enhancement Proposals',
    publisher: 'Python Software Foundation',
    url: 'https://peps.python.org/pep-0405/',
    accessedAt: ACCESSED,
  },
  page('python-venv', 'venv — Creation of virtual environments', 'Python 3 documentation', 'Python Software Foundation', 'https://docs.python.org/3/library/venv.html'),

  // ---------------------------------------------------------------- JavaScript
  {
    key: 'ecma-262-2024',
    type: 'standard',
    authors: [{ family: 'Ecma International', given: '' }],
    year: 2024,
    title: 'ECMA-262: ECMAScript 2024 Language Specification (15th edition)',
    publisher: 'Ecma International',
    url: 'https://262.ecma-international.org/15.0/',
    accessedAt: ACCESSED,
  },
  page('mdn-let', 'let', 'MDN Web Docs', 'Mozilla', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/let', 'MDN contributors'),
  page('mdn-using-promises', 'Using promises', 'MDN Web Docs', 'Mozilla', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Using_promises', 'MDN contributors'),

  // ---------------------------------------------------------------- CSS layout
  {
    key: 'w3c-css-flexbox-1',
    type: 'standard',
    authors: [
      { family: 'Atkins Jr.', given: 'Tab' },
      { family: 'Etemad', given: 'Elika J.' },
      { family: 'Atanassov', given: 'Rossen' },
    ],
    year: 2018,
    title: 'CSS Flexible Box Layout Module Level 1',
    container: 'W3C Candidate Recommendation',
    publisher: 'World Wide Web Consortium (W3C)',
    url: 'https://www.w3.org/TR/css-flexbox-1/',
    accessedAt: ACCESSED,
  },
  {
    key: 'w3c-css-grid-2',
    type: 'standard',
    authors: [
      { family: 'Atkins Jr.', given: 'Tab' },
      { family: 'Etemad', given: 'Elika J.' },
      { family: 'Atanassov', given: 'Rossen' },
      { family: 'Brufau', given: 'Oriol' },
    ],
    year: 2020,
    title: 'CSS Grid Layout Module Level 2',
    container: 'W3C Candidate Recommendation',
    publisher: 'World Wide Web Consortium (W3C)',
    url: 'https://www.w3.org/TR/css-grid-2/',
    accessedAt: ACCESSED,
  },

  // ---------------------------------------------------------------- Containers, Node.js
  page('docker-what-is-container', 'What is a container?', 'Docker Docs', 'Docker Inc.', 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/'),
  page('docker-what-is-image', 'What is an image?', 'Docker Docs', 'Docker Inc.', 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/'),
  page('oci-image-spec', 'OCI Image Format Specification', 'GitHub: opencontainers/image-spec', 'Open Container Initiative', 'https://github.com/opencontainers/image-spec'),
  page('nodejs-stream-api', 'Stream', 'Node.js API documentation', 'OpenJS Foundation', 'https://nodejs.org/api/stream.html', 'Node.js contributors'),
  page('nodejs-backpressure', 'Backpressuring in Streams', 'Node.js — Learn', 'OpenJS Foundation', 'https://nodejs.org/en/learn/modules/backpressuring-in-streams', 'Node.js contributors'),

  // ---------------------------------------------------------------- LLM decoding, retrieval
  {
    key: 'holtzman-2020-degeneration',
    type: 'paper',
    authors: [
      { family: 'Holtzman', given: 'Ari' },
      { family: 'Buys', given: 'Jan' },
      { family: 'Du', given: 'Li' },
      { family: 'Forbes', given: 'Maxwell' },
      { family: 'Choi', given: 'Yejin' },
    ],
    year: 2020,
    title: 'The Curious Case of Neural Text Degeneration',
    container: 'International Conference on Learning Representations (ICLR 2020)',
    url: 'https://openreview.net/forum?id=rygGQyrFvH',
  },
  {
    key: 'fan-2018-story',
    type: 'paper',
    authors: [
      { family: 'Fan', given: 'Angela' },
      { family: 'Lewis', given: 'Mike' },
      { family: 'Dauphin', given: 'Yann' },
    ],
    year: 2018,
    title: 'Hierarchical Neural Story Generation',
    container: 'Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (ACL 2018)',
    publisher: 'Association for Computational Linguistics',
    url: 'https://aclanthology.org/P18-1082/',
    doi: '10.18653/v1/P18-1082',
  },
  {
    key: 'reimers-2019-sbert',
    type: 'paper',
    authors: [
      { family: 'Reimers', given: 'Nils' },
      { family: 'Gurevych', given: 'Iryna' },
    ],
    year: 2019,
    title: 'Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks',
    container: 'Proceedings of EMNLP-IJCNLP 2019',
    publisher: 'Association for Computational Linguistics',
    url: 'https://aclanthology.org/D19-1410/',
    doi: '10.18653/v1/D19-1410',
  },
  {
    key: 'johnson-2021-faiss',
    type: 'paper',
    authors: [
      { family: 'Johnson', given: 'Jeff' },
      { family: 'Douze', given: 'Matthijs' },
      { family: 'Jégou', given: 'Hervé' },
    ],
    year: 2021,
    title: 'Billion-scale similarity search with GPUs',
    container: 'IEEE Transactions on Big Data, 7(3), 535–547',
    publisher: 'IEEE',
    doi: '10.1109/TBDATA.2019.2921572',
  },
]
