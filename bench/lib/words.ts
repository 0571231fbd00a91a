import type { Locale } from '@/i18n/locales'

/**
 * Vocabulary of the synthetic articles: technical content words and the small
 * function words that glue them, per locale, so the text has the length,
 * accents and word shapes of real it/fr/en prose (it does not need to mean anything).
 */
export type Vocabulary = {
  content: readonly string[]
  glue: readonly string[]
  /** Question templates for titles: `{a}`, `{b}` are content words, `{topic}` the topic name. */
  questions: readonly string[]
  /** Identifiers for inline code spans and code blocks. */
  code: readonly string[]
}

const code = [
  'fetch',
  'useState',
  'Promise.all',
  'Array.map',
  'SELECT',
  'INDEX',
  'git rebase',
  'npm install',
  'async',
  'await',
  'docker run',
  'EXPLAIN',
  'Cache-Control',
  'JSON.parse',
  'kubectl apply',
  'grep',
] as const

/** Word lists of the languages the benchmark was written for; a newer locale borrows English's. */
// Word tables, ten to a row.
// prettier-ignore
const vocabularies: Record<'en', Vocabulary> & Partial<Record<Locale, Vocabulary>> = {
  it: {
    content: [
      'prestazioni', 'memoria', 'rete', 'protocollo', 'richiesta', 'risposta', 'server', 'cliente', 'dati', 'indice',
      'consulta', 'transazione', 'modello', 'algoritmo', 'funzione', 'variabile', 'oggetto', 'modulo', 'pacchetto', 'libreria',
      'compilatore', 'interprete', 'sicurezza', 'crittografia', 'certificato', 'chiave', 'sessione', 'autenticazione', 'permesso', 'utente',
      'pagina', 'struttura', 'contenitore', 'immagine', 'processo', 'thread', 'coda', 'evento', 'flusso', 'canale',
      'latenza', 'banda', 'cache', 'disco', 'file', 'cartella', 'sistema', 'kernel', 'driver', 'dispositivo',
      'versione', 'ramo', 'commit', 'rilascio', 'test', 'errore', 'eccezione', 'registro', 'metrica', 'allarme',
      'configurazione', 'ambiente', 'variabile', 'parametro', 'valore', 'tipo', 'classe', 'interfaccia', 'metodo', 'proprietà',
      'ricerca', 'ordinamento', 'filtro', 'paginazione', 'traduzione', 'lingua', 'testo', 'carattere', 'codifica', 'formato',
      'rapido', 'lento', 'sicuro', 'affidabile', 'complesso', 'semplice', 'distribuito', 'locale', 'remoto', 'efficiente',
      'scalabilità', 'disponibilità', 'replica', 'partizione', 'nodo', 'cluster', 'bilanciamento', 'carico', 'capacità', 'velocità',
      'però', 'perché', 'quindi', 'città', 'è', 'più', 'già', 'attività', 'qualità', 'identità',
    ],
    glue: ['il', 'la', 'lo', 'le', 'un', 'una', 'di', 'del', 'della', 'che', 'e', 'per', 'con', 'su', 'in', 'non', 'come', 'anche', 'ogni', 'tra', "dell'", 'nel', 'sono', 'può'],
    questions: [
      'Come funziona {a} con {b} in {topic}?',
      'Perché {a} conta tanto per {b} in {topic}?',
      "Che cos'è {a} e a cosa serve {b} in {topic}?",
      'Quando conviene usare {a} invece di {b} in {topic}?',
      'Quali errori evitare con {a} e {b} in {topic}?',
    ],
    code,
  },
  fr: {
    content: [
      'performance', 'mémoire', 'réseau', 'protocole', 'requête', 'réponse', 'serveur', 'client', 'données', 'index',
      'interrogation', 'transaction', 'modèle', 'algorithme', 'fonction', 'variable', 'objet', 'module', 'paquet', 'bibliothèque',
      'compilateur', 'interpréteur', 'sécurité', 'chiffrement', 'certificat', 'clé', 'session', 'authentification', 'permission', 'utilisateur',
      'page', 'structure', 'conteneur', 'image', 'processus', 'fil', "file d'attente", 'événement', 'flux', 'canal',
      'latence', 'bande', 'cache', 'disque', 'fichier', 'dossier', 'système', 'noyau', 'pilote', 'périphérique',
      'version', 'branche', 'commit', 'publication', 'test', 'erreur', 'exception', 'journal', 'métrique', 'alerte',
      'configuration', 'environnement', 'paramètre', 'valeur', 'type', 'classe', 'interface', 'méthode', 'propriété', 'déploiement',
      'recherche', 'tri', 'filtre', 'pagination', 'traduction', 'langue', 'texte', 'caractère', 'encodage', 'format',
      'rapide', 'lent', 'sûr', 'fiable', 'complexe', 'simple', 'distribué', 'local', 'distant', 'efficace',
      'extensibilité', 'disponibilité', 'réplique', 'partition', 'nœud', 'grappe', 'équilibrage', 'charge', 'capacité', 'vitesse',
      'déjà', 'très', 'où', 'âge', 'être', 'façon', 'entrée', 'sortie', 'défaut', 'début',
    ],
    glue: ['le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'pour', 'avec', 'sur', 'dans', 'ne', 'pas', 'comme', 'aussi', 'chaque', 'entre', "l'", "d'", 'qui', 'est', 'peut'],
    questions: [
      'Comment fonctionne {a} avec {b} dans {topic} ?',
      'Pourquoi {a} compte-t-il autant pour {b} dans {topic} ?',
      "Qu'est-ce que {a} et à quoi sert {b} dans {topic} ?",
      'Quand faut-il préférer {a} à {b} dans {topic} ?',
      'Quelles erreurs éviter avec {a} et {b} dans {topic} ?',
    ],
    code,
  },
  en: {
    content: [
      'performance', 'memory', 'network', 'protocol', 'request', 'response', 'server', 'client', 'data', 'index',
      'query', 'transaction', 'model', 'algorithm', 'function', 'variable', 'object', 'module', 'package', 'library',
      'compiler', 'interpreter', 'security', 'encryption', 'certificate', 'key', 'session', 'authentication', 'permission', 'user',
      'page', 'structure', 'container', 'image', 'process', 'thread', 'queue', 'event', 'stream', 'channel',
      'latency', 'bandwidth', 'cache', 'disk', 'file', 'folder', 'system', 'kernel', 'driver', 'device',
      'version', 'branch', 'commit', 'release', 'test', 'error', 'exception', 'log', 'metric', 'alert',
      'configuration', 'environment', 'parameter', 'value', 'type', 'class', 'interface', 'method', 'property', 'deployment',
      'search', 'sorting', 'filter', 'pagination', 'translation', 'language', 'text', 'character', 'encoding', 'format',
      'fast', 'slow', 'safe', 'reliable', 'complex', 'simple', 'distributed', 'local', 'remote', 'efficient',
      'scalability', 'availability', 'replica', 'partition', 'node', 'cluster', 'balancing', 'load', 'capacity', 'speed',
      'throughput', 'schema', 'migration', 'backup', 'router', 'proxy', 'socket', 'buffer', 'thread pool', 'scheduler',
    ],
    glue: ['the', 'a', 'an', 'of', 'and', 'to', 'for', 'with', 'on', 'in', 'not', 'as', 'also', 'each', 'between', 'that', 'which', 'is', 'can', 'it', 'this', 'by', 'from', 'when'],
    questions: [
      'How does {a} work with {b} in {topic}?',
      'Why does {a} matter so much for {b} in {topic}?',
      'What is {a}, and what is {b} for in {topic}?',
      'When should you use {a} instead of {b} in {topic}?',
      'Which mistakes should you avoid with {a} and {b} in {topic}?',
    ],
    code,
  },
}

export function vocabularyFor(locale: Locale): Vocabulary {
  return vocabularies[locale] ?? vocabularies.en
}
