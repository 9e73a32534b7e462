/**
 * Kinds of words that, together, make a sentence an order to the AI rather than part of a job
 * posting: a reference to the AI, to its reply, to its instructions, an override verb, an output
 * verb, "only", role-play words. The classifier sees which kinds a sentence has and which pairs
 * of them, so that it learns the idea ("your reply" + "only" + an output verb) rather than the
 * wording of the examples it was trained on. Mostly English, with the commonest words of the
 * European languages the app serves.
 */
const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  ai: 'ai llm llms gpt chatgpt claude gemini copilot chatbot chatbots bot bots assistant assistants model models ki ia ias kis modell modelo modele modello assistente assistant assistente asistente language generator generators automated automatic',
  you: 'you your yours yourself vous votre vos tu ton ta tes toi du dein deine deinen dich dir euch usted tus tuyo voi tuo tua tuoi jij jouw uw je voce',
  reply:
    'answer answers response responses reply replies output outputs completion completions result results summary summaries reponse reponses antwort antworten respuesta respuestas risposta risposte resposta respostas antwoord antwoorden ausgabe saida resume resumen zusammenfassung resumo riassunto',
  orders:
    'instruction instructions prompt prompts rules rule guidelines directive directives programming guardrails restrictions filters preamble configuration context consignes anweisungen instrucciones istruzioni instrucoes instructies regeln regles reglas',
  earlier:
    'previous prior above earlier preceding original initial hidden secret confidential system developer precedentes vorherigen bisherigen anteriores precedenti anteriores vorige',
  override:
    'ignore ignoring disregard forget override bypass scrap supersede superseded void cancelled canceled obsolete invalid replaced instead anymore ignorez ignore oubliez ignoriere ignorieren vergiss vergessen ignora olvida ignorar olvidar omite negeer vergeet esqueca desconsidere dimentica',
  emit: 'say print output respond reply write translate include append add begin start end conclude finish close open prefix repeat reveal tell list give generate produce rewrite summarize summarise recommend suggest mention insert type spell display show disclose leak explain describe compose draft create provide share ask encourage urge advise convert encode format ecris ecrivez schreibe schreib sag escribe di scrivi escreva schrijf zeg redigez redige traduisez traduis ajoutez ajoute incluez terminez commencez repondez reponds mentionnez recommandez donnez affichez escriba redacta traduce traduzca anade agrega incluye incluya comienza empieza responda menciona recomienda muestra ubersetze ubersetzen fuge hinzu beende beginne antworte erwahne empfiehl nenne formuliere escreve redija traduza adicione acrescente inclua termine comece mencione recomende mostre traduci aggiungi includi inizia rispondi menziona consiglia raccomanda vertaal voeg eindig noem',
  creative:
    'poem poems joke jokes recipe recipes story stories haiku song songs limerick limericks essay riddle riddles horoscope trivia emoji emojis pirate shakespeare morse base64 rhyme rhymes lyrics sonnet fable quiz fun fact facts cocktail playlist movie movies novel book books podcast weather capital poeme recette blague chanson poema receta chiste cuento cancion gedicht rezept witz lied receita piada poesia ricetta barzelletta canzone filastrocca recept grap',
  reader:
    'reader readers user users whoever anyone anybody reads reading processes processing parses parsing summarising summarizing',
  only: 'only just exactly solely nothing single sole uniquement seulement nur solo solamente apenas alleen',
  role: 'pretend roleplay persona character mode unrestricted unfiltered uncensored jailbreak jailbroken freed limitless simulate emulate unlocked',
  now: 'now henceforth immediately maintenant jetzt ahora ora agora nu',
  derived:
    'generated produced derived resulting prepared created compiled generees generes genere generee creees produites preparees generadas generados generada generado creadas elaboradas generierten generierte generiert erstellten erstellte erzeugten erzeugte geradas gerados gerada gerado criadas generati generata gegenereerde gegenereerd',
  questions: 'question questions pregunta preguntas frage fragen pergunta perguntas domanda domande vraag vragen',
  every: 'every each always chaque toujours cada siempre jede jeder jedes jeden immer sempre ogni elke altijd',
  must: 'must should shall doit doivent debe deben muss mussen soll sollen deve devem devono moet moeten',
  tongue:
    'english spanish french german portuguese italian chinese mandarin japanese russian arabic hindi korean dutch polish turkish latin klingon anglais espagnol allemand francais portugais italien ingles espanol aleman frances portugues italiano englisch spanisch franzosisch deutsch portugiesisch italienisch espanhol alemao ingles',
  posting:
    'posting advert advertisement listing vacancy announcement annonce anuncio anzeige stellenanzeige ausschreibung vaga annuncio vacature advertentie',
  position:
    'first last beginning bottom top final opening closing debut fin premier premiere derniere dernier principio inicio primera primero ultima ultimo anfang ende erste ersten letzte letzten schluss fim primeira ultima inizio fine primo',
  unit: 'sentence sentences line lines paragraph paragraphs word words letters bullet bullets heading footnote phrase phrases ligne paragraphe mot mots frase frases linea parrafo palabra palabras satz zeile absatz wort worter linha paragrafo palavra palavras riga parola parole',
  applicant:
    'application applications applicant applicants apply applying candidate candidates cv resume letter covering portfolio form sample samples statement interviewee candidature candidat candidats motivation candidatura candidato candidatos solicitud bewerbung bewerber bewerberin anschreiben lebenslauf curriculo curriculum sollicitatie kandidaat',
  style:
    'uppercase lowercase capitals caps rhyming backwards reverse reversed sarcastic slang dialect majuscules minuscules mayusculas minusculas grossbuchstaben kleinbuchstaben ruckwarts maiusculas minusculas maiuscolo',
};

const CATEGORY_OF = new Map<string, number>();
export const CATEGORY_NAMES = Object.keys(CATEGORY_WORDS);
CATEGORY_NAMES.forEach((name, index) => {
  for (const word of (CATEGORY_WORDS[name] ?? '').split(' ')) if (!CATEGORY_OF.has(word)) CATEGORY_OF.set(word, index);
});

/** The category index of a folded word, or -1. */
export function categoryOf(word: string): number {
  return CATEGORY_OF.get(word) ?? -1;
}
