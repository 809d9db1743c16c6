"""Le processus de conclusion : étapes, techniques de conclusion, ventes additionnelles."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept
from salesplan.concepts._types import Etape, TechniqueConclusion

ETAPES_CONCLUSION: Catalogue[Etape] = Catalogue(
    "étape de la conclusion",
    (
        Etape(
            "resumer_avantages",
            "Résumer les avantages",
            "Quand le client envoie des signaux d'achat (questions sur les délais, la livraison, le paiement), "
            "le vendeur récapitule les avantages que le client a acceptés pendant l'entretien, pour qu'il les "
            "ait tous en tête au moment de décider.",
            "« Nous sommes d'accord : intervention sous 8 heures, consommables livrés automatiquement et un coût "
            "par page inférieur de 18 % à votre contrat actuel. »",
            ordre=1,
        ),
        Etape(
            "conclure",
            "Conclure",
            "Amener le client à prendre la décision d'achat par une technique de conclusion adaptée (directe, "
            "implicite, alternative, proposition), puis faire signer le bon de commande ou le contrat.",
            "« Je vous propose de signer le bon de commande pour une installation le 12 janvier. »",
            ordre=2,
        ),
        Etape(
            "vente_additionnelle",
            "Vente additionnelle",
            "Proposer, une fois la vente principale acquise, un produit ou un service de plus. C'est le terme "
            "générique : il couvre la vente complémentaire ou croisée (cross-selling : un produit lié, en plus) et "
            "la montée en gamme (up-selling : une version supérieure du même produit). L'usage français varie : "
            "certains auteurs réservent « vente additionnelle » à la vente complémentaire ou l'emploient pour "
            "traduire up-selling ; ce cours l'emploie comme terme générique.",
            "Après la signature du contrat de copieurs, le commercial propose le logiciel de numérisation des "
            "factures fournisseurs.",
            ordre=3,
        ),
        Etape(
            "calcul_montant_commande",
            "Calcul du montant de la commande",
            "Établir devant le client le montant exact : montant brut (quantités × prix unitaires HT), réductions "
            "commerciales successives (rabais, remise, ristourne), escompte éventuel, frais de port, TVA et net "
            "à payer TTC, avec les conditions de paiement. Une erreur à ce stade ruine la confiance.",
            "12 copieurs × 3 600 € = 43 200 € brut ; remise 8 % → 39 744 € net commercial ; TVA 20 % "
            "7 948,80 € ; net à payer 47 692,80 € TTC.",
            ordre=4,
        ),
    ),
)

TECHNIQUES_CONCLUSION: Catalogue[TechniqueConclusion] = Catalogue(
    "technique de conclusion",
    (
        TechniqueConclusion(
            "directe",
            "Conclusion directe",
            "Le vendeur demande clairement au client s'il accepte la proposition. À utiliser quand les signaux "
            "d'achat sont nets et les objections levées.",
            "« Pouvons-nous valider la commande aujourd'hui ? »",
            exemple_dialogue=(
                "Vendeur : Vous avez vu l'essai, le coût par page vous convient et le délai d'intervention aussi. "
                "Pouvons-nous valider la commande aujourd'hui ?",
                "Acheteuse : Oui, allons-y. Envoyez-moi le bon de commande.",
            ),
        ),
        TechniqueConclusion(
            "implicite",
            "Conclusion implicite",
            "Le vendeur fait comme si la décision était prise et pose une question sur la suite (livraison, "
            "installation, facturation) : répondre revient à accepter.",
            "« À quelle adresse faut-il livrer les copieurs ? »",
            exemple_dialogue=(
                "Vendeur : Pour l'installation, le technicien peut passer vendredi après-midi pour ne pas gêner "
                "vos équipes. À qui doit-il s'adresser à l'accueil ?",
                "Acheteur : À Mme Roux, aux services généraux. Vendredi, c'est parfait.",
                "Vendeur : Très bien, je note Mme Roux et je vous fais signer le bon de commande.",
            ),
        ),
        TechniqueConclusion(
            "alternative",
            "Conclusion alternative",
            "Le vendeur propose au client de choisir entre deux options qui mènent toutes deux à l'achat "
            "(deux modèles, deux dates, deux modes de paiement).",
            "« Préférez-vous la location sur 36 ou sur 48 mois ? »",
            exemple_dialogue=(
                "Vendeur : Vous préférez la formule sur 36 mois, à 410 € par mois, ou celle sur 48 mois, à 335 € ?",
                "Dirigeant : 48 mois, ça soulage davantage notre trésorerie.",
                "Vendeur : Je prépare donc le contrat sur 48 mois.",
            ),
        ),
        TechniqueConclusion(
            "proposition",
            "Conclusion par proposition (avantage décisif)",
            "Le vendeur propose un dernier avantage, limité dans le temps ou conditionné à la signature "
            "(remise, service offert, date de livraison garantie), pour déclencher la décision d'un client qui "
            "hésite encore. L'avantage doit rester dans la marge de manœuvre prévue.",
            "« Si vous signez avant la fin du mois, la formation de vos équipes est offerte. »",
            exemple_dialogue=(
                "Acheteuse : L'offre me plaît, mais je voulais attendre le prochain comité de direction.",
                "Vendeur : Je comprends. Si la commande est signée avant le 30, je peux vous offrir la formation "
                "de vos deux services, soit une demi-journée.",
                "Acheteuse : Dans ce cas, je fais valider par mon directeur cette semaine.",
            ),
        ),
    ),
)

VENTES_ADDITIONNELLES: Catalogue[Concept] = Catalogue(
    "type de vente additionnelle",
    (
        Concept(
            "vente_complementaire",
            "Vente complémentaire (vente croisée, cross-selling)",
            "Proposer un produit ou un service différent mais lié à l'achat principal, qui le complète ou en "
            "améliore l'usage.",
            "Avec les copieurs, Bureautik Pro vend le contrat de maintenance, le papier et le logiciel de "
            "gestion des impressions.",
        ),
        Concept(
            "montee_en_gamme",
            "Montée en gamme (up-selling)",
            "Proposer à la place du produit choisi une version supérieure, plus chère mais mieux adaptée aux "
            "besoins (plus rapide, plus complète, plus durable).",
            "Le client voulait un copieur de 30 pages par minute ; vu ses volumes, le commercial lui propose le "
            "modèle de 45 pages par minute, 600 € de plus mais moins de files d'attente.",
        ),
    ),
)

__all__ = ["ETAPES_CONCLUSION", "TECHNIQUES_CONCLUSION", "VENTES_ADDITIONNELLES"]
